from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTicketRequestAssignment")


@_attrs_define
class UpdateTicketRequestAssignment:
    """
    Attributes:
        admin_id (str | Unset): The ID of the admin performing the action. Example: 123.
        assignee_id (str | Unset): The ID of the admin or team to which the ticket is assigned. Set this 0 to unassign
            it. Example: 123.
    """

    admin_id: str | Unset = UNSET
    assignee_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_id = self.admin_id

        assignee_id = self.assignee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        admin_id = d.pop("admin_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        update_ticket_request_assignment = cls(
            admin_id=admin_id,
            assignee_id=assignee_id,
        )

        update_ticket_request_assignment.additional_properties = d
        return update_ticket_request_assignment

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
