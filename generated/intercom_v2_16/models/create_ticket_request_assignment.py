from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketRequestAssignment")


@_attrs_define
class CreateTicketRequestAssignment:
    """
    Attributes:
        admin_assignee_id (str | Unset): The ID of the admin to which the ticket is assigned. If not provided, the
            ticket will be unassigned. Example: 123.
        team_assignee_id (str | Unset): The ID of the team to which the ticket is assigned. If not provided, the ticket
            will be unassigned. Example: 8.
    """

    admin_assignee_id: str | Unset = UNSET
    team_assignee_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_assignee_id = self.admin_assignee_id

        team_assignee_id = self.team_assignee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_assignee_id is not UNSET:
            field_dict["admin_assignee_id"] = admin_assignee_id
        if team_assignee_id is not UNSET:
            field_dict["team_assignee_id"] = team_assignee_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        admin_assignee_id = d.pop("admin_assignee_id", UNSET)

        team_assignee_id = d.pop("team_assignee_id", UNSET)

        create_ticket_request_assignment = cls(
            admin_assignee_id=admin_assignee_id,
            team_assignee_id=team_assignee_id,
        )

        create_ticket_request_assignment.additional_properties = d
        return create_ticket_request_assignment

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
