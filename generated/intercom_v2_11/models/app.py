from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """App is a workspace on Intercom

    Attributes:
        type_ (None | str | Unset):  Default: 'app'. Example: app.
        id_code (None | str | Unset): The id of the app. Example: xyz789.
        name (None | str | Unset): The name of the app. Example: ACME.
        region (None | str | Unset): The Intercom region the app is located in. Example: US.
        timezone (None | str | Unset): The timezone of the region where the app is located. Example:
            America/Los_Angeles.
        created_at (int | None | Unset): When the app was created. Example: 1671465577.
        identity_verification (bool | None | Unset): Whether or not the app uses identity verification. Example: False.
        secure (bool | None | Unset):
    """

    type_: None | str | Unset = "app"
    id_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    identity_verification: bool | None | Unset = UNSET
    secure: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id_code: None | str | Unset
        if isinstance(self.id_code, Unset):
            id_code = UNSET
        else:
            id_code = self.id_code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        identity_verification: bool | None | Unset
        if isinstance(self.identity_verification, Unset):
            identity_verification = UNSET
        else:
            identity_verification = self.identity_verification

        secure: bool | None | Unset
        if isinstance(self.secure, Unset):
            secure = UNSET
        else:
            secure = self.secure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id_code is not UNSET:
            field_dict["id_code"] = id_code
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identity_verification is not UNSET:
            field_dict["identity_verification"] = identity_verification
        if secure is not UNSET:
            field_dict["secure"] = secure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id_code = d.pop("id_code", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        timezone = d.pop("timezone", UNSET)

        created_at = d.pop("created_at", UNSET)

        identity_verification = d.pop("identity_verification", UNSET)

        secure = d.pop("secure", UNSET)

        app = cls(
            type_=type_,
            id_code=id_code,
            name=name,
            region=region,
            timezone=timezone,
            created_at=created_at,
            identity_verification=identity_verification,
            secure=secure,
        )

        app.additional_properties = d
        return app

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
