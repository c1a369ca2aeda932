from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_category import TicketCategory
from ..models.ticket_type_enum import TicketTypeEnum
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.linked_object_list import LinkedObjectList
    from ..models.ticket_contacts import TicketContacts
    from ..models.ticket_custom_attributes import TicketCustomAttributes
    from ..models.ticket_parts import TicketParts
    from ..models.ticket_state import TicketState
    from ..models.ticket_type import TicketType


T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """Tickets are how you track requests from your users.

    Attributes:
        type_ (None | TicketTypeEnum): Always ticket Default: TicketTypeEnum.TICKET. Example: ticket.
        id (None | str): The unique identifier for the ticket which is given by Intercom. Example: 1295.
        ticket_id (None | str): The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for
            API queries. Example: 1390.
        category (None | TicketCategory): Category of the Ticket. Example: Customer.
        ticket_attributes (None | TicketCustomAttributes):
        ticket_state (None | TicketState):
        ticket_type (None | TicketType):
        contacts (None | TicketContacts):
        admin_assignee_id (None | str): The id representing the admin assigned to the ticket. Example: 1295.
        team_assignee_id (None | str): The id representing the team assigned to the ticket. Example: 1295.
        created_at (int | None): The time the ticket was created as a UTC Unix timestamp. Example: 1663597223.
        updated_at (int | None): The last time the ticket was updated as a UTC Unix timestamp. Example: 1663597260.
        open_ (bool | None): Whether or not the ticket is open. If false, the ticket is closed. Example: True.
        snoozed_until (int | None): The time the ticket will be snoozed until as a UTC Unix timestamp. If null, the
            ticket is not currently snoozed. Example: 1663597260.
        linked_objects (LinkedObjectList | None):
        ticket_parts (None | TicketParts):
        is_shared (bool | None): Whether or not the ticket is shared with the customer. Example: True.
    """

    type_: None | TicketTypeEnum = None
    id: None | str = None
    ticket_id: None | str = None
    category: None | TicketCategory = None
    ticket_attributes: None | TicketCustomAttributes = None
    ticket_state: None | TicketState = None
    ticket_type: None | TicketType = None
    contacts: None | TicketContacts = None
    admin_assignee_id: None | str = None
    team_assignee_id: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    open_: bool | None = None
    snoozed_until: int | None = None
    linked_objects: LinkedObjectList | None = None
    ticket_parts: None | TicketParts = None
    is_shared: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TicketTypeEnum):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ticket_id: None | str | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, TicketCategory):
            category = self.category.value
        else:
            category = self.category

        ticket_attributes: dict[str, Any] | None | Unset
        if isinstance(self.ticket_attributes, Unset):
            ticket_attributes = UNSET
        elif isinstance(self.ticket_attributes, TicketCustomAttributes):
            ticket_attributes = self.ticket_attributes.to_dict()
        else:
            ticket_attributes = self.ticket_attributes

        ticket_state: dict[str, Any] | None | Unset
        if isinstance(self.ticket_state, Unset):
            ticket_state = UNSET
        elif isinstance(self.ticket_state, TicketState):
            ticket_state = self.ticket_state.to_dict()
        else:
            ticket_state = self.ticket_state

        ticket_type: dict[str, Any] | None | Unset
        if isinstance(self.ticket_type, Unset):
            ticket_type = UNSET
        elif isinstance(self.ticket_type, TicketType):
            ticket_type = self.ticket_type.to_dict()
        else:
            ticket_type = self.ticket_type

        contacts: dict[str, Any] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, TicketContacts):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        admin_assignee_id: None | str | Unset
        if isinstance(self.admin_assignee_id, Unset):
            admin_assignee_id = UNSET
        else:
            admin_assignee_id = self.admin_assignee_id

        team_assignee_id: None | str | Unset
        if isinstance(self.team_assignee_id, Unset):
            team_assignee_id = UNSET
        else:
            team_assignee_id = self.team_assignee_id

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

        open_: bool | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        snoozed_until: int | None | Unset
        if isinstance(self.snoozed_until, Unset):
            snoozed_until = UNSET
        else:
            snoozed_until = self.snoozed_until

        linked_objects: dict[str, Any] | None | Unset
        if isinstance(self.linked_objects, Unset):
            linked_objects = UNSET
        elif isinstance(self.linked_objects, LinkedObjectList):
            linked_objects = self.linked_objects.to_dict()
        else:
            linked_objects = self.linked_objects

        ticket_parts: dict[str, Any] | None | Unset
        if isinstance(self.ticket_parts, Unset):
            ticket_parts = UNSET
        elif isinstance(self.ticket_parts, TicketParts):
            ticket_parts = self.ticket_parts.to_dict()
        else:
            ticket_parts = self.ticket_parts

        is_shared: bool | None | Unset
        if isinstance(self.is_shared, Unset):
            is_shared = UNSET
        else:
            is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if ticket_id is not UNSET and (ticket_id is not None or "ticket_id" in self._received):
            field_dict["ticket_id"] = ticket_id
        if category is not UNSET and (category is not None or "category" in self._received):
            field_dict["category"] = category
        if ticket_attributes is not UNSET and (ticket_attributes is not None or "ticket_attributes" in self._received):
            field_dict["ticket_attributes"] = ticket_attributes
        if ticket_state is not UNSET and (ticket_state is not None or "ticket_state" in self._received):
            field_dict["ticket_state"] = ticket_state
        if ticket_type is not UNSET and (ticket_type is not None or "ticket_type" in self._received):
            field_dict["ticket_type"] = ticket_type
        if contacts is not UNSET and (contacts is not None or "contacts" in self._received):
            field_dict["contacts"] = contacts
        if admin_assignee_id is not UNSET and (admin_assignee_id is not None or "admin_assignee_id" in self._received):
            field_dict["admin_assignee_id"] = admin_assignee_id
        if team_assignee_id is not UNSET and (team_assignee_id is not None or "team_assignee_id" in self._received):
            field_dict["team_assignee_id"] = team_assignee_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if open_ is not UNSET and (open_ is not None or "open" in self._received):
            field_dict["open"] = open_
        if snoozed_until is not UNSET and (snoozed_until is not None or "snoozed_until" in self._received):
            field_dict["snoozed_until"] = snoozed_until
        if linked_objects is not UNSET and (linked_objects is not None or "linked_objects" in self._received):
            field_dict["linked_objects"] = linked_objects
        if ticket_parts is not UNSET and (ticket_parts is not None or "ticket_parts" in self._received):
            field_dict["ticket_parts"] = ticket_parts
        if is_shared is not UNSET and (is_shared is not None or "is_shared" in self._received):
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Ticket:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = TicketTypeEnum(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.ticket_id = src_dict.get("ticket_id")

        category = src_dict.get("category")
        if isinstance(category, str):
            try:
                category_type_1 = TicketCategory(category)

                category = category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.category = category

        ticket_attributes = src_dict.get("ticket_attributes")
        if isinstance(ticket_attributes, dict):
            try:
                ticket_attributes_type_0 = TicketCustomAttributes.from_dict(ticket_attributes)

                ticket_attributes = ticket_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_attributes = ticket_attributes

        ticket_state = src_dict.get("ticket_state")
        if isinstance(ticket_state, dict):
            try:
                ticket_state_type_0 = TicketState.from_dict(ticket_state)

                ticket_state = ticket_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_state = ticket_state

        ticket_type = src_dict.get("ticket_type")
        if isinstance(ticket_type, dict):
            try:
                ticket_type_type_0 = TicketType.from_dict(ticket_type)

                ticket_type = ticket_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_type = ticket_type

        contacts = src_dict.get("contacts")
        if isinstance(contacts, dict):
            try:
                contacts_type_0 = TicketContacts.from_dict(contacts)

                contacts = contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.contacts = contacts

        self.admin_assignee_id = src_dict.get("admin_assignee_id")

        self.team_assignee_id = src_dict.get("team_assignee_id")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.open_ = src_dict.get("open")

        self.snoozed_until = src_dict.get("snoozed_until")

        linked_objects = src_dict.get("linked_objects")
        if isinstance(linked_objects, dict):
            try:
                linked_objects_type_0 = LinkedObjectList.from_dict(linked_objects)

                linked_objects = linked_objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.linked_objects = linked_objects

        ticket_parts = src_dict.get("ticket_parts")
        if isinstance(ticket_parts, dict):
            try:
                ticket_parts_type_0 = TicketParts.from_dict(ticket_parts)

                ticket_parts = ticket_parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_parts = ticket_parts

        self.is_shared = src_dict.get("is_shared")

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
        "ticket_id",
        "category",
        "ticket_attributes",
        "ticket_state",
        "ticket_type",
        "contacts",
        "admin_assignee_id",
        "team_assignee_id",
        "created_at",
        "updated_at",
        "open",
        "snoozed_until",
        "linked_objects",
        "ticket_parts",
        "is_shared",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, LinkedObjectList, TicketContacts, TicketCustomAttributes, TicketParts, TicketState, TicketType
    from ..models.linked_object_list import LinkedObjectList
    from ..models.ticket_contacts import TicketContacts
    from ..models.ticket_custom_attributes import TicketCustomAttributes
    from ..models.ticket_parts import TicketParts
    from ..models.ticket_state import TicketState
    from ..models.ticket_type import TicketType

    _lazy_loaded = True
