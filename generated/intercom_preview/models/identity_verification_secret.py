from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="IdentityVerificationSecret")


@_attrs_define
class IdentityVerificationSecret:
    """Metadata for an HMAC secret used to sign `user_hash` values for Messenger identity verification. The `secret` field
    is intentionally omitted — it is only returned once, in the response to `POST /secure_mode_secrets`.

        Attributes:
            type_ (None | str): value is "identity_verification_secret" Example: identity_verification_secret.
            id (None | str): The id of the secret Example: 102.
            name (None | str): Human-readable name for the secret, used to identify it in rotation flows Example: Production
                Web.
            supports_android (bool | None): Whether the secret is enabled for the Android SDK Example: False.
            supports_ios (bool | None): Whether the secret is enabled for the iOS SDK Example: False.
            supports_web (bool | None): Whether the secret is enabled for the Messenger on web Example: True.
            created_at (int | None): The time the secret was created, as a Unix timestamp Example: 1734537243.
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    supports_android: bool | None = None
    supports_ios: bool | None = None
    supports_web: bool | None = None
    created_at: int | None = None
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        supports_android: bool | None | Unset
        if isinstance(self.supports_android, Unset):
            supports_android = UNSET
        else:
            supports_android = self.supports_android

        supports_ios: bool | None | Unset
        if isinstance(self.supports_ios, Unset):
            supports_ios = UNSET
        else:
            supports_ios = self.supports_ios

        supports_web: bool | None | Unset
        if isinstance(self.supports_web, Unset):
            supports_web = UNSET
        else:
            supports_web = self.supports_web

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if supports_android is not UNSET and (supports_android is not None or "supports_android" in self._received):
            field_dict["supports_android"] = supports_android
        if supports_ios is not UNSET and (supports_ios is not None or "supports_ios" in self._received):
            field_dict["supports_ios"] = supports_ios
        if supports_web is not UNSET and (supports_web is not None or "supports_web" in self._received):
            field_dict["supports_web"] = supports_web
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not IdentityVerificationSecret:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.supports_android = src_dict.get("supports_android")

        self.supports_ios = src_dict.get("supports_ios")

        self.supports_web = src_dict.get("supports_web")

        self.created_at = src_dict.get("created_at")

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
        "name",
        "supports_android",
        "supports_ios",
        "supports_web",
        "created_at",
    }
)
