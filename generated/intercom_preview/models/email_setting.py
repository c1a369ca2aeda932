from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSetting")


@_attrs_define
class EmailSetting:
    """Represents a sender email address configuration

    Attributes:
        type_ (None | str | Unset): The type of object Example: email_setting.
        id (None | str | Unset): Unique email setting identifier Example: 10.
        email (None | str | Unset): Full sender email address Example: support@company.com.
        verified (bool | None | Unset): Whether the email address has been verified Example: True.
        domain (None | str | Unset): Domain portion of the email address Example: company.com.
        brand_id (None | str | Unset): Associated brand identifier Example: 10.
        forwarding_enabled (bool | None | Unset): Whether email forwarding is active Example: True.
        forwarded_email_last_received_at (int | None | Unset): Unix timestamp of last forwarded email received (null if
            never) Example: 1710498600.
        created_at (int | None | Unset): Unix timestamp of creation Example: 1692530400.
        updated_at (int | None | Unset): Unix timestamp of last modification Example: 1710498600.
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    verified: bool | None | Unset = UNSET
    domain: None | str | Unset = UNSET
    brand_id: None | str | Unset = UNSET
    forwarding_enabled: bool | None | Unset = UNSET
    forwarded_email_last_received_at: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        brand_id: None | str | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        forwarding_enabled: bool | None | Unset
        if isinstance(self.forwarding_enabled, Unset):
            forwarding_enabled = UNSET
        else:
            forwarding_enabled = self.forwarding_enabled

        forwarded_email_last_received_at: int | None | Unset
        if isinstance(self.forwarded_email_last_received_at, Unset):
            forwarded_email_last_received_at = UNSET
        else:
            forwarded_email_last_received_at = self.forwarded_email_last_received_at

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if verified is not UNSET:
            field_dict["verified"] = verified
        if domain is not UNSET:
            field_dict["domain"] = domain
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if forwarding_enabled is not UNSET:
            field_dict["forwarding_enabled"] = forwarding_enabled
        if forwarded_email_last_received_at is not UNSET:
            field_dict["forwarded_email_last_received_at"] = forwarded_email_last_received_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        verified = d.pop("verified", UNSET)

        domain = d.pop("domain", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        forwarding_enabled = d.pop("forwarding_enabled", UNSET)

        forwarded_email_last_received_at = d.pop("forwarded_email_last_received_at", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        email_setting = cls(
            type_=type_,
            id=id,
            email=email,
            verified=verified,
            domain=domain,
            brand_id=brand_id,
            forwarding_enabled=forwarding_enabled,
            forwarded_email_last_received_at=forwarded_email_last_received_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        email_setting.additional_properties = d
        return email_setting

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
