from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetAwayAdminBody")


@_attrs_define
class SetAwayAdminBody:
    """
    Attributes:
        away_mode_enabled (bool): Set to "true" to change the status of the admin to away. Default: True. Example: True.
        away_mode_reassign (bool): Set to "true" to assign any new conversation replies to your default inbox. Default:
            False. Example: False.
    """

    away_mode_enabled: bool = True
    away_mode_reassign: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        away_mode_enabled = self.away_mode_enabled

        away_mode_reassign = self.away_mode_reassign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "away_mode_enabled": away_mode_enabled,
                "away_mode_reassign": away_mode_reassign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        away_mode_enabled = d.pop("away_mode_enabled")

        away_mode_reassign = d.pop("away_mode_reassign")

        set_away_admin_body = cls(
            away_mode_enabled=away_mode_enabled,
            away_mode_reassign=away_mode_reassign,
        )

        set_away_admin_body.additional_properties = d
        return set_away_admin_body

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
