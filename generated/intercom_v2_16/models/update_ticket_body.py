from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .update_ticket_request import UpdateTicketRequest

if TYPE_CHECKING:
    from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes


T = TypeVar("T", bound="UpdateTicketBody")


@_attrs_define
class UpdateTicketBody(UpdateTicketRequest):
    """
    Attributes:
        ticket_attributes (UpdateTicketRequestTicketAttributes | Unset): The attributes set on the ticket. Example:
            {'_default_title_': 'example', '_default_description_': 'having a problem'}.
        ticket_state_id (str | Unset): The ID of the ticket state associated with the ticket type. Example: 123.
        company_id (str | Unset): The ID of the company that the ticket is associated with. The unique identifier for
            the company which is given by Intercom. Set to nil to remove company. Example:
            5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        open_ (bool | Unset): Specify if a ticket is open. Set to false to close a ticket. Closing a ticket will also
            unsnooze it. Example: True.
        is_shared (bool | Unset): Specify whether the ticket is visible to users. Example: True.
        snoozed_until (int | Unset): The time you want the ticket to reopen. Example: 1673609604.
        admin_id (int | Unset): The ID of the admin performing ticket update. Needed for workflows execution and
            attributing actions to specific admins. Example: 123.
        assignee_id (str | Unset): The ID of the admin or team to which the ticket is assigned. Set this 0 to unassign
            it. Example: 123.
        skip_notifications (bool | Unset): Option to disable notifications when a Ticket is updated. Example: True.
    """

    ticket_attributes: UpdateTicketRequestTicketAttributes | Unset = UNSET
    ticket_state_id: str | Unset = UNSET
    company_id: str | Unset = UNSET
    open_: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    snoozed_until: int | Unset = UNSET
    admin_id: int | Unset = UNSET
    assignee_id: str | Unset = UNSET
    skip_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        ticket_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_attributes, Unset):
            ticket_attributes = self.ticket_attributes.to_dict()

        ticket_state_id = self.ticket_state_id

        company_id = self.company_id

        open_ = self.open_

        is_shared = self.is_shared

        snoozed_until = self.snoozed_until

        admin_id = self.admin_id

        assignee_id = self.assignee_id

        skip_notifications = self.skip_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_attributes is not UNSET:
            field_dict["ticket_attributes"] = ticket_attributes
        if ticket_state_id is not UNSET:
            field_dict["ticket_state_id"] = ticket_state_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if open_ is not UNSET:
            field_dict["open"] = open_
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if snoozed_until is not UNSET:
            field_dict["snoozed_until"] = snoozed_until
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if skip_notifications is not UNSET:
            field_dict["skip_notifications"] = skip_notifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _ticket_attributes = d.pop("ticket_attributes", UNSET)
        ticket_attributes: UpdateTicketRequestTicketAttributes | Unset
        if isinstance(_ticket_attributes, Unset):
            ticket_attributes = UNSET
        else:
            ticket_attributes = UpdateTicketRequestTicketAttributes.from_dict(_ticket_attributes)

        ticket_state_id = d.pop("ticket_state_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        open_ = d.pop("open", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        snoozed_until = d.pop("snoozed_until", UNSET)

        admin_id = d.pop("admin_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        skip_notifications = d.pop("skip_notifications", UNSET)

        update_ticket_body = cls(
            ticket_attributes=ticket_attributes,
            ticket_state_id=ticket_state_id,
            company_id=company_id,
            open_=open_,
            is_shared=is_shared,
            snoozed_until=snoozed_until,
            admin_id=admin_id,
            assignee_id=assignee_id,
            skip_notifications=skip_notifications,
        )

        update_ticket_body.additional_properties = d
        return update_ticket_body

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
    global _lazy_loaded, UpdateTicketRequestTicketAttributes
    from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes

    _lazy_loaded = True
