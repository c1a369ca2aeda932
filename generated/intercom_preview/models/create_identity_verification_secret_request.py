from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIdentityVerificationSecretRequest")


@_attrs_define
class CreateIdentityVerificationSecretRequest:
    """Request payload for creating a new identity verification secret. At least one platform flag must be `true`.

    Attributes:
        name (str): Human-readable name for the secret. Example: Production Web.
        supports_android (bool | Unset): Enable this secret for the Android SDK. Example: False.
        supports_ios (bool | Unset): Enable this secret for the iOS SDK. Example: False.
        supports_web (bool | Unset): Enable this secret for the Messenger on web. Example: True.
    """

    name: str
    supports_android: bool | Unset = UNSET
    supports_ios: bool | Unset = UNSET
    supports_web: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        supports_android = self.supports_android

        supports_ios = self.supports_ios

        supports_web = self.supports_web

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if supports_android is not UNSET:
            field_dict["supports_android"] = supports_android
        if supports_ios is not UNSET:
            field_dict["supports_ios"] = supports_ios
        if supports_web is not UNSET:
            field_dict["supports_web"] = supports_web

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        supports_android = d.pop("supports_android", UNSET)

        supports_ios = d.pop("supports_ios", UNSET)

        supports_web = d.pop("supports_web", UNSET)

        create_identity_verification_secret_request = cls(
            name=name,
            supports_android=supports_android,
            supports_ios=supports_ios,
            supports_web=supports_web,
        )

        create_identity_verification_secret_request.additional_properties = d
        return create_identity_verification_secret_request

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
