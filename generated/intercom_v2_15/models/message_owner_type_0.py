from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageOwnerType0")


@_attrs_define
class MessageOwnerType0:
    """
    Attributes:
        type_ (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        email (None | str | Unset):
        away_mode_enabled (bool | None | Unset):
        away_mode_reassign (bool | None | Unset):
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    away_mode_enabled: bool | None | Unset = UNSET
    away_mode_reassign: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        away_mode_enabled: bool | None | Unset
        if isinstance(self.away_mode_enabled, Unset):
            away_mode_enabled = UNSET
        else:
            away_mode_enabled = self.away_mode_enabled

        away_mode_reassign: bool | None | Unset
        if isinstance(self.away_mode_reassign, Unset):
            away_mode_reassign = UNSET
        else:
            away_mode_reassign = self.away_mode_reassign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if away_mode_enabled is not UNSET:
            field_dict["away_mode_enabled"] = away_mode_enabled
        if away_mode_reassign is not UNSET:
            field_dict["away_mode_reassign"] = away_mode_reassign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        away_mode_enabled = d.pop("away_mode_enabled", UNSET)

        away_mode_reassign = d.pop("away_mode_reassign", UNSET)

        message_owner_type_0 = cls(
            type_=type_,
            id=id,
            name=name,
            email=email,
            away_mode_enabled=away_mode_enabled,
            away_mode_reassign=away_mode_reassign,
        )

        message_owner_type_0.additional_properties = d
        return message_owner_type_0

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
