from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationResponseTime")


@_attrs_define
class ConversationResponseTime:
    """Details of first response time of assigned team in seconds.

    Attributes:
        team_id (int | None | Unset): Id of the assigned team. Example: 100.
        team_name (None | str | Unset): Name of the assigned Team, null if team does not exist, Unassigned if no team is
            assigned. Example: Team One.
        response_time (int | None | Unset): First response time of assigned team in seconds. Example: 2310.
    """

    team_id: int | None | Unset = UNSET
    team_name: None | str | Unset = UNSET
    response_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        response_time: int | None | Unset
        if isinstance(self.response_time, Unset):
            response_time = UNSET
        else:
            response_time = self.response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if response_time is not UNSET:
            field_dict["response_time"] = response_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        team_id = d.pop("team_id", UNSET)

        team_name = d.pop("team_name", UNSET)

        response_time = d.pop("response_time", UNSET)

        conversation_response_time = cls(
            team_id=team_id,
            team_name=team_name,
            response_time=response_time,
        )

        conversation_response_time.additional_properties = d
        return conversation_response_time

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
