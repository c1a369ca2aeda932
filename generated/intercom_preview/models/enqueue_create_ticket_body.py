from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .create_ticket_request import CreateTicketRequest

if TYPE_CHECKING:
    from ..models.create_ticket_request_assignment import CreateTicketRequestAssignment
    from ..models.create_ticket_request_email import CreateTicketRequestEmail
    from ..models.create_ticket_request_external_id import CreateTicketRequestExternalID
    from ..models.create_ticket_request_id import CreateTicketRequestID
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes


T = TypeVar("T", bound="EnqueueCreateTicketBody")


@_attrs_define
class EnqueueCreateTicketBody(CreateTicketRequest):
    """
    Attributes:
        ticket_type_id (str): The ID of the type of ticket you want to create Example: 1234.
        contacts (list[CreateTicketRequestEmail | CreateTicketRequestExternalID | CreateTicketRequestID]): The list of
            contacts (users or leads) affected by this ticket. Currently only one is allowed Example: [{'id': '1234'}].
        conversation_to_link_id (str | Unset): The ID of the conversation you want to link to the ticket. Here are the
            valid ways of linking two tickets:
             - conversation | back-office ticket
             - customer tickets | non-shared back-office ticket
             - conversation | tracker ticket
             - customer ticket | tracker ticket Example: 1234.
        company_id (str | Unset): The ID of the company that the ticket is associated with. The unique identifier for
            the company which is given by Intercom Example: 5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        created_at (int | Unset): The time the ticket was created. If not provided, the current time will be used.
            Example: 1590000000.
        ticket_attributes (TicketRequestCustomAttributes | Unset): The attributes set on the ticket. When setting the
            default title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_title_': 'Found a bug', '_default_description_':
            'The button is not working'}.
        assignment (CreateTicketRequestAssignment | Unset):
        skip_notifications (bool | Unset): Option to disable notifications when a Ticket is created. Example: True.
    """

    ticket_type_id: str
    contacts: list[CreateTicketRequestEmail | CreateTicketRequestExternalID | CreateTicketRequestID]
    conversation_to_link_id: str | Unset = UNSET
    company_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    ticket_attributes: TicketRequestCustomAttributes | Unset = UNSET
    assignment: CreateTicketRequestAssignment | Unset = UNSET
    skip_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        ticket_type_id = self.ticket_type_id

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item: dict[str, Any]
            if isinstance(contacts_item_data, CreateTicketRequestID) or isinstance(
                contacts_item_data, CreateTicketRequestExternalID
            ):
                contacts_item = contacts_item_data.to_dict()
            else:
                contacts_item = contacts_item_data.to_dict()

            contacts.append(contacts_item)

        conversation_to_link_id = self.conversation_to_link_id

        company_id = self.company_id

        created_at = self.created_at

        ticket_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_attributes, Unset):
            ticket_attributes = self.ticket_attributes.to_dict()

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        skip_notifications = self.skip_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_type_id": ticket_type_id,
                "contacts": contacts,
            }
        )
        if conversation_to_link_id is not UNSET:
            field_dict["conversation_to_link_id"] = conversation_to_link_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if ticket_attributes is not UNSET:
            field_dict["ticket_attributes"] = ticket_attributes
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if skip_notifications is not UNSET:
            field_dict["skip_notifications"] = skip_notifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        ticket_type_id = d.pop("ticket_type_id")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:

            def _parse_contacts_item(
                data: object,
            ) -> CreateTicketRequestEmail | CreateTicketRequestExternalID | CreateTicketRequestID:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contacts_item_id = CreateTicketRequestID.from_dict(data)

                    return contacts_item_id
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contacts_item_external_id = CreateTicketRequestExternalID.from_dict(data)

                    return contacts_item_external_id
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                contacts_item_email = CreateTicketRequestEmail.from_dict(data)

                return contacts_item_email

            contacts_item = _parse_contacts_item(contacts_item_data)

            contacts.append(contacts_item)

        conversation_to_link_id = d.pop("conversation_to_link_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _ticket_attributes = d.pop("ticket_attributes", UNSET)
        ticket_attributes: TicketRequestCustomAttributes | Unset
        if isinstance(_ticket_attributes, Unset):
            ticket_attributes = UNSET
        else:
            ticket_attributes = TicketRequestCustomAttributes.from_dict(_ticket_attributes)

        _assignment = d.pop("assignment", UNSET)
        assignment: CreateTicketRequestAssignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = CreateTicketRequestAssignment.from_dict(_assignment)

        skip_notifications = d.pop("skip_notifications", UNSET)

        enqueue_create_ticket_body = cls(
            ticket_type_id=ticket_type_id,
            contacts=contacts,
            conversation_to_link_id=conversation_to_link_id,
            company_id=company_id,
            created_at=created_at,
            ticket_attributes=ticket_attributes,
            assignment=assignment,
            skip_notifications=skip_notifications,
        )

        enqueue_create_ticket_body.additional_properties = d
        return enqueue_create_ticket_body

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
    global \
        _lazy_loaded, \
        CreateTicketRequestAssignment, \
        CreateTicketRequestEmail, \
        CreateTicketRequestExternalID, \
        CreateTicketRequestID, \
        TicketRequestCustomAttributes
    from ..models.create_ticket_request_assignment import CreateTicketRequestAssignment
    from ..models.create_ticket_request_email import CreateTicketRequestEmail
    from ..models.create_ticket_request_external_id import CreateTicketRequestExternalID
    from ..models.create_ticket_request_id import CreateTicketRequestID
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes

    _lazy_loaded = True
