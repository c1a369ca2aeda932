from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminPriorityLevelRequest")


@_attrs_define
class AdminPriorityLevelRequest:
    """The priority levels to set, naming only the teammates whose level is being set

    Attributes:
        primary_admin_ids (list[int] | None | Unset): The ids of the teammates to make primary members of the team
            Example: [493881].
        secondary_admin_ids (list[int] | None | Unset): The ids of the teammates to make secondary members of the team
            Example: [493882].
    """

    primary_admin_ids: list[int] | None | Unset = UNSET
    secondary_admin_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_admin_ids: list[int] | None | Unset
        if isinstance(self.primary_admin_ids, Unset):
            primary_admin_ids = UNSET
        elif isinstance(self.primary_admin_ids, list):
            primary_admin_ids = self.primary_admin_ids

        else:
            primary_admin_ids = self.primary_admin_ids

        secondary_admin_ids: list[int] | None | Unset
        if isinstance(self.secondary_admin_ids, Unset):
            secondary_admin_ids = UNSET
        elif isinstance(self.secondary_admin_ids, list):
            secondary_admin_ids = self.secondary_admin_ids

        else:
            secondary_admin_ids = self.secondary_admin_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_admin_ids is not UNSET:
            field_dict["primary_admin_ids"] = primary_admin_ids
        if secondary_admin_ids is not UNSET:
            field_dict["secondary_admin_ids"] = secondary_admin_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary_admin_ids = d.pop("primary_admin_ids", UNSET)

        secondary_admin_ids = d.pop("secondary_admin_ids", UNSET)

        admin_priority_level_request = cls(
            primary_admin_ids=primary_admin_ids,
            secondary_admin_ids=secondary_admin_ids,
        )

        admin_priority_level_request.additional_properties = d
        return admin_priority_level_request

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
