from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_state_detailed_category import TicketStateDetailedCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_state_detailed_ticket_types_type_0 import TicketStateDetailedTicketTypesType0


T = TypeVar("T", bound="TicketStateDetailed")


@_attrs_define
class TicketStateDetailed:
    """A ticket state, used to define the state of a ticket.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `ticket_state`. Example:
            ticket_state.
        id (None | str): The id of the ticket state Example: 12.
        category (None | TicketStateDetailedCategory): The category of the ticket state Example: in_progress.
        internal_label (None | str): The state the ticket is currently in, in a human readable form - visible in
            Intercom Example: With Dev Team.
        external_label (None | str): The state the ticket is currently in, in a human readable form - visible to
            customers, in the messenger, email and tickets portal. Example: In Progress.
        archived (bool | None): Whether the ticket state is archived Example: False.
        ticket_types (None | TicketStateDetailedTicketTypesType0): A list of ticket types associated with a given ticket
            state.
    """

    type_: None | str = None
    id: None | str = None
    category: None | TicketStateDetailedCategory = None
    internal_label: None | str = None
    external_label: None | str = None
    archived: bool | None = None
    ticket_types: None | TicketStateDetailedTicketTypesType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        elif isinstance(self.category, TicketStateDetailedCategory):
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
        elif isinstance(self.ticket_types, TicketStateDetailedTicketTypesType0):
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
        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        def _parse_category(data: object) -> None | TicketStateDetailedCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_1 = TicketStateDetailedCategory(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketStateDetailedCategory | Unset, data)

        category = _parse_category(d.pop("category", None))

        internal_label = d.pop("internal_label", None)

        external_label = d.pop("external_label", None)

        archived = d.pop("archived", None)

        def _parse_ticket_types(data: object) -> None | TicketStateDetailedTicketTypesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticket_types_type_0 = TicketStateDetailedTicketTypesType0.from_dict(data)

                return ticket_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketStateDetailedTicketTypesType0 | Unset, data)

        ticket_types = _parse_ticket_types(d.pop("ticket_types", None))

        ticket_state_detailed = cls(
            type_=type_,
            id=id,
            category=category,
            internal_label=internal_label,
            external_label=external_label,
            archived=archived,
            ticket_types=ticket_types,
        )

        ticket_state_detailed._received = src_dict.keys()

        ticket_state_detailed.additional_properties = d
        return ticket_state_detailed

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketStateDetailedTicketTypesType0
    from ..models.ticket_state_detailed_ticket_types_type_0 import TicketStateDetailedTicketTypesType0

    _lazy_loaded = True
