from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="IpAllowlist")


@_attrs_define
class IpAllowlist:
    """IP allowlist settings for the workspace.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `ip_allowlist`. Example:
            ip_allowlist.
        enabled (bool | None): Whether the IP allowlist is enabled for the workspace. Example: True.
        ip_allowlist (list[str] | None): List of allowed IP addresses and/or IP ranges in CIDR notation.
            Examples:
            - Single IP: `192.168.0.1`
            - IP range: `192.168.0.1/24` (allows 192.168.0.0 - 192.168.0.255)
             Example: ['192.168.1.0/24', '10.0.0.1'].
    """

    type_: None | str = None
    enabled: bool | None = None
    ip_allowlist: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        ip_allowlist: list[str] | None | Unset
        if isinstance(self.ip_allowlist, Unset):
            ip_allowlist = UNSET
        elif isinstance(self.ip_allowlist, list):
            ip_allowlist = self.ip_allowlist

        else:
            ip_allowlist = self.ip_allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if enabled is not UNSET and (enabled is not None or "enabled" in self._received):
            field_dict["enabled"] = enabled
        if ip_allowlist is not UNSET and (ip_allowlist is not None or "ip_allowlist" in self._received):
            field_dict["ip_allowlist"] = ip_allowlist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not IpAllowlist:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.enabled = src_dict.get("enabled")

        self.ip_allowlist = src_dict.get("ip_allowlist")

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
        "enabled",
        "ip_allowlist",
    }
)
