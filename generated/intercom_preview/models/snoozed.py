from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

T = TypeVar("T", bound="Snoozed")


@_attrs_define
class Snoozed:
    """Contains details about conversation snooze timing for conversation part type <code>snoozed</code>.

    Attributes:
        until (None | str): Human-readable description of snooze duration Example: until tomorrow.
        custom_until_time (datetime.datetime | None): ISO timestamp for custom snooze times (null for general snoozes)
            Example: 2025-09-03T18:44:20.146Z.
    """

    until: None | str = None
    custom_until_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        until: None | str | Unset
        if isinstance(self.until, Unset):
            until = UNSET
        else:
            until = self.until

        custom_until_time: None | str | Unset
        if isinstance(self.custom_until_time, Unset):
            custom_until_time = UNSET
        elif isinstance(self.custom_until_time, datetime.datetime):
            custom_until_time = self.custom_until_time.isoformat()
        else:
            custom_until_time = self.custom_until_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if until is not UNSET and (until is not None or "until" in self._received):
            field_dict["until"] = until
        if custom_until_time is not UNSET and (custom_until_time is not None or "custom_until_time" in self._received):
            field_dict["custom_until_time"] = custom_until_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Snoozed:
            cls.__init__(self)
        self.until = src_dict.get("until")

        custom_until_time = src_dict.get("custom_until_time")
        if isinstance(custom_until_time, str):
            try:
                custom_until_time_type_0 = WireDateTime.parse(custom_until_time)

                custom_until_time = custom_until_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_until_time = custom_until_time

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
        "until",
        "custom_until_time",
    }
)
