from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_ticket_request_state import UpdateTicketRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_ticket_request_assignment import UpdateTicketRequestAssignment
    from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes


T = TypeVar("T", bound="UpdateTicketRequest")


@_attrs_define
class UpdateTicketRequest:
    """You can update a Ticket

    Attributes:
        ticket_attributes (UpdateTicketRequestTicketAttributes | Unset): The attributes set on the ticket. Example:
            {'_default_title_': 'example', '_default_description_': 'having a problem'}.
        state (UpdateTicketRequestState | Unset): The state of the ticket. Example: submitted.
        is_shared (bool | Unset): Specify whether the ticket is visible to users. Example: True.
        assignment (UpdateTicketRequestAssignment | Unset):
    """

    ticket_attributes: UpdateTicketRequestTicketAttributes | Unset = UNSET
    state: UpdateTicketRequestState | Unset = UNSET
    is_shared: bool | Unset = UNSET
    assignment: UpdateTicketRequestAssignment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        ticket_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_attributes, Unset):
            ticket_attributes = self.ticket_attributes.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        is_shared = self.is_shared

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_attributes is not UNSET:
            field_dict["ticket_attributes"] = ticket_attributes
        if state is not UNSET:
            field_dict["state"] = state
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if assignment is not UNSET:
            field_dict["assignment"] = assignment

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

        _state = d.pop("state", UNSET)
        state: UpdateTicketRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = UpdateTicketRequestState(_state)

        is_shared = d.pop("is_shared", UNSET)

        _assignment = d.pop("assignment", UNSET)
        assignment: UpdateTicketRequestAssignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = UpdateTicketRequestAssignment.from_dict(_assignment)

        update_ticket_request = cls(
            ticket_attributes=ticket_attributes,
            state=state,
            is_shared=is_shared,
            assignment=assignment,
        )

        update_ticket_request.additional_properties = d
        return update_ticket_request

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
    global _lazy_loaded, UpdateTicketRequestAssignment, UpdateTicketRequestTicketAttributes
    from ..models.update_ticket_request_assignment import UpdateTicketRequestAssignment
    from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes

    _lazy_loaded = True
