from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="EmailSetting")


@_attrs_define
class EmailSetting:
    """Represents a sender email address configuration

    Attributes:
        type_ (None | str): The type of object Example: email_setting.
        id (None | str): Unique email setting identifier Example: 10.
        email (None | str): Full sender email address Example: support@company.com.
        verified (bool | None): Whether the email address has been verified Example: True.
        domain (None | str): Domain portion of the email address Example: company.com.
        brand_id (None | str): Associated brand identifier Example: 10.
        forwarding_enabled (bool | None): Whether email forwarding is active Example: True.
        forwarded_email_last_received_at (int | None): Unix timestamp of last forwarded email received (null if never)
            Example: 1710498600.
        created_at (int | None): Unix timestamp of creation Example: 1692530400.
        updated_at (int | None): Unix timestamp of last modification Example: 1710498600.
    """

    type_: None | str = None
    id: None | str = None
    email: None | str = None
    verified: bool | None = None
    domain: None | str = None
    brand_id: None | str = None
    forwarding_enabled: bool | None = None
    forwarded_email_last_received_at: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if email is not UNSET and (email is not None or "email" in self._received):
            field_dict["email"] = email
        if verified is not UNSET and (verified is not None or "verified" in self._received):
            field_dict["verified"] = verified
        if domain is not UNSET and (domain is not None or "domain" in self._received):
            field_dict["domain"] = domain
        if brand_id is not UNSET and (brand_id is not None or "brand_id" in self._received):
            field_dict["brand_id"] = brand_id
        if forwarding_enabled is not UNSET and (
            forwarding_enabled is not None or "forwarding_enabled" in self._received
        ):
            field_dict["forwarding_enabled"] = forwarding_enabled
        if forwarded_email_last_received_at is not UNSET and (
            forwarded_email_last_received_at is not None or "forwarded_email_last_received_at" in self._received
        ):
            field_dict["forwarded_email_last_received_at"] = forwarded_email_last_received_at
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not EmailSetting:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.email = src_dict.get("email")

        self.verified = src_dict.get("verified")

        self.domain = src_dict.get("domain")

        self.brand_id = src_dict.get("brand_id")

        self.forwarding_enabled = src_dict.get("forwarding_enabled")

        self.forwarded_email_last_received_at = src_dict.get("forwarded_email_last_received_at")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "email",
        "verified",
        "domain",
        "brand_id",
        "forwarding_enabled",
        "forwarded_email_last_received_at",
        "created_at",
        "updated_at",
    }
)
