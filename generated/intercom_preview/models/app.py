from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """App is a workspace on Intercom

    Attributes:
        type_ (None | str):  Default: 'app'. Example: app.
        id_code (None | str): The id of the app. Example: xyz789.
        name (None | str): The name of the app. Example: ACME.
        region (None | str): The Intercom region the app is located in. Example: US.
        timezone (None | str): The timezone of the region where the app is located. Example: America/Los_Angeles.
        created_at (int | None): When the app was created. Example: 1671465577.
        identity_verification (bool | None): Whether or not the app uses identity verification. Example: False.
        secure (bool | None):
    """

    type_: None | str = None
    id_code: None | str = None
    name: None | str = None
    region: None | str = None
    timezone: None | str = None
    created_at: int | None = None
    identity_verification: bool | None = None
    secure: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id_code is not UNSET and (id_code is not None or "id_code" in self._received):
            field_dict["id_code"] = id_code
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if region is not UNSET and (region is not None or "region" in self._received):
            field_dict["region"] = region
        if timezone is not UNSET and (timezone is not None or "timezone" in self._received):
            field_dict["timezone"] = timezone
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if identity_verification is not UNSET and (
            identity_verification is not None or "identity_verification" in self._received
        ):
            field_dict["identity_verification"] = identity_verification
        if secure is not UNSET and (secure is not None or "secure" in self._received):
            field_dict["secure"] = secure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not App:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id_code = src_dict.get("id_code")

        self.name = src_dict.get("name")

        self.region = src_dict.get("region")

        self.timezone = src_dict.get("timezone")

        self.created_at = src_dict.get("created_at")

        self.identity_verification = src_dict.get("identity_verification")

        self.secure = src_dict.get("secure")

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
        "id_code",
        "name",
        "region",
        "timezone",
        "created_at",
        "identity_verification",
        "secure",
    }
)
