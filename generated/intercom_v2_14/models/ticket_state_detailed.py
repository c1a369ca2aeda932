from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_state_category import TicketStateCategory
from ..types import NO_KEYS, UNSET, Unset, new_instance
from .ticket_state import TicketState

if TYPE_CHECKING:
    from ..models.ticket_type_list import TicketTypeList


T = TypeVar("T", bound="TicketStateDetailed")


@_attrs_define
class TicketStateDetailed(TicketState):
    """A ticket state, used to define the state of a ticket.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `ticket_state`. Example:
            ticket_state.
        id (None | str): The id of the ticket state Example: 12.
        category (None | TicketStateCategory): The category of the ticket state Example: in_progress.
        internal_label (None | str): The state the ticket is currently in, in a human readable form - visible in
            Intercom Example: With Dev Team.
        external_label (None | str): The state the ticket is currently in, in a human readable form - visible to
            customers, in the messenger, email and tickets portal. Example: In Progress.
        archived (bool | None): Whether the ticket state is archived Example: False.
        ticket_types (None | TicketTypeList):
    """

    type_: None | str = None
    id: None | str = None
    category: None | TicketStateCategory = None
    internal_label: None | str = None
    external_label: None | str = None
    archived: bool | None = None
    ticket_types: None | TicketTypeList = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, TicketStateCategory):
            category = self.category.value
        else:
            category = self.category

        internal_label: None | str | Unset
        if isinstance(self.internal_label, Unset):
            internal_label = UNSET
        else:
            internal_label = self.internal_label

        external_label: None | str | Unset
        if isinstance(self.external_label, Unset):
            external_label = UNSET
        else:
            external_label = self.external_label

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        ticket_types: dict[str, Any] | None | Unset
        if isinstance(self.ticket_types, Unset):
            ticket_types = UNSET
        elif isinstance(self.ticket_types, TicketTypeList):
            ticket_types = self.ticket_types.to_dict()
        else:
            ticket_types = self.ticket_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if category is not UNSET and (category is not None or "category" in self._received):
            field_dict["category"] = category
        if internal_label is not UNSET and (internal_label is not None or "internal_label" in self._received):
            field_dict["internal_label"] = internal_label
        if external_label is not UNSET and (external_label is not None or "external_label" in self._received):
            field_dict["external_label"] = external_label
        if archived is not UNSET and (archived is not None or "archived" in self._received):
            field_dict["archived"] = archived
        if ticket_types is not UNSET and (ticket_types is not None or "ticket_types" in self._received):
            field_dict["ticket_types"] = ticket_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketStateDetailed:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        category = src_dict.get("category")
        if isinstance(category, str):
            try:
                category_type_1 = TicketStateCategory(category)

                category = category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.category = category

        self.internal_label = src_dict.get("internal_label")

        self.external_label = src_dict.get("external_label")

        self.archived = src_dict.get("archived")

        ticket_types = src_dict.get("ticket_types")
        if isinstance(ticket_types, dict):
            try:
                ticket_types_type_0 = TicketTypeList.from_dict(ticket_types)

                ticket_types = ticket_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_types = ticket_types

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "category",
        "internal_label",
        "external_label",
        "archived",
        "ticket_types",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketTypeList
    from ..models.ticket_type_list import TicketTypeList

    _lazy_loaded = True
