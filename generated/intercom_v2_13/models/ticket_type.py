from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_type_category import TicketTypeCategory
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_list import TicketTypeAttributeList
    from ..models.ticket_type_ticket_states import TicketTypeTicketStates


T = TypeVar("T", bound="TicketType")


@_attrs_define
class TicketType:
    """A ticket type, used to define the data fields to be captured in a ticket.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `ticket_type`. Example:
            ticket_type.
        id (None | str): The id representing the ticket type. Example: 1295.
        category (None | TicketTypeCategory): Category of the Ticket Type. Example: Customer.
        name (None | str): The name of the ticket type Example: Bug.
        description (None | str): The description of the ticket type Example: A bug that has been reported..
        icon (None | str): The icon of the ticket type Example: 🐞.
        workspace_id (None | str): The id of the workspace that the ticket type belongs to. Example: ecahpwf5.
        ticket_type_attributes (None | TicketTypeAttributeList):
        ticket_states (None | TicketTypeTicketStates): A list of ticket states associated with a given ticket type.
        archived (bool | None): Whether the ticket type is archived or not. Example: False.
        created_at (int | None): The date and time the ticket type was created.
        updated_at (int | None): The date and time the ticket type was last updated.
        is_internal (bool | None):
    """

    type_: None | str = None
    id: None | str = None
    category: None | TicketTypeCategory = None
    name: None | str = None
    description: None | str = None
    icon: None | str = None
    workspace_id: None | str = None
    ticket_type_attributes: None | TicketTypeAttributeList = None
    ticket_states: None | TicketTypeTicketStates = None
    archived: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    is_internal: bool | None = None
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
        elif isinstance(self.category, TicketTypeCategory):
            category = self.category.value
        else:
            category = self.category

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        ticket_type_attributes: dict[str, Any] | None | Unset
        if isinstance(self.ticket_type_attributes, Unset):
            ticket_type_attributes = UNSET
        elif isinstance(self.ticket_type_attributes, TicketTypeAttributeList):
            ticket_type_attributes = self.ticket_type_attributes.to_dict()
        else:
            ticket_type_attributes = self.ticket_type_attributes

        ticket_states: dict[str, Any] | None | Unset
        if isinstance(self.ticket_states, Unset):
            ticket_states = UNSET
        elif isinstance(self.ticket_states, TicketTypeTicketStates):
            ticket_states = self.ticket_states.to_dict()
        else:
            ticket_states = self.ticket_states

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        is_internal: bool | None | Unset
        if isinstance(self.is_internal, Unset):
            is_internal = UNSET
        else:
            is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if category is not UNSET and (category is not None or "category" in self._received):
            field_dict["category"] = category
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if icon is not UNSET and (icon is not None or "icon" in self._received):
            field_dict["icon"] = icon
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if ticket_type_attributes is not UNSET and (
            ticket_type_attributes is not None or "ticket_type_attributes" in self._received
        ):
            field_dict["ticket_type_attributes"] = ticket_type_attributes
        if ticket_states is not UNSET and (ticket_states is not None or "ticket_states" in self._received):
            field_dict["ticket_states"] = ticket_states
        if archived is not UNSET and (archived is not None or "archived" in self._received):
            field_dict["archived"] = archived
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if is_internal is not UNSET and (is_internal is not None or "is_internal" in self._received):
            field_dict["is_internal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketType:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        category = src_dict.get("category")
        if isinstance(category, str):
            try:
                category_type_1 = TicketTypeCategory(category)

                category = category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.category = category

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        self.icon = src_dict.get("icon")

        self.workspace_id = src_dict.get("workspace_id")

        ticket_type_attributes = src_dict.get("ticket_type_attributes")
        if isinstance(ticket_type_attributes, dict):
            try:
                ticket_type_attributes_type_0 = TicketTypeAttributeList.from_dict(ticket_type_attributes)

                ticket_type_attributes = ticket_type_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_type_attributes = ticket_type_attributes

        ticket_states = src_dict.get("ticket_states")
        if isinstance(ticket_states, dict):
            try:
                ticket_states_type_0 = TicketTypeTicketStates.from_dict(ticket_states)

                ticket_states = ticket_states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_states = ticket_states

        self.archived = src_dict.get("archived")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.is_internal = src_dict.get("is_internal")

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
        "name",
        "description",
        "icon",
        "workspace_id",
        "ticket_type_attributes",
        "ticket_states",
        "archived",
        "created_at",
        "updated_at",
        "is_internal",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketTypeAttributeList, TicketTypeTicketStates
    from ..models.ticket_type_attribute_list import TicketTypeAttributeList
    from ..models.ticket_type_ticket_states import TicketTypeTicketStates

    _lazy_loaded = True
