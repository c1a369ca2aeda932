from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationSlaAppliedByRuleSlaDefinitionType0")


@_attrs_define
class ConversationSlaAppliedByRuleSlaDefinitionType0:
    """Target times configured for the SLA (in seconds)

    Attributes:
        first_reply_time (int | None): First response time target in seconds Example: 300.
        next_reply_time (int | None): Next reply time target in seconds Example: 600.
        resolution_time (int | None): Resolution time target in seconds Example: 3600.
        time_to_close (int | None): Time to close target in seconds Example: 7200.
    """

    first_reply_time: int | None = None
    next_reply_time: int | None = None
    resolution_time: int | None = None
    time_to_close: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        first_reply_time: int | None | Unset
        if isinstance(self.first_reply_time, Unset):
            first_reply_time = UNSET
        else:
            first_reply_time = self.first_reply_time

        next_reply_time: int | None | Unset
        if isinstance(self.next_reply_time, Unset):
            next_reply_time = UNSET
        else:
            next_reply_time = self.next_reply_time

        resolution_time: int | None | Unset
        if isinstance(self.resolution_time, Unset):
            resolution_time = UNSET
        else:
            resolution_time = self.resolution_time

        time_to_close: int | None | Unset
        if isinstance(self.time_to_close, Unset):
            time_to_close = UNSET
        else:
            time_to_close = self.time_to_close

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_reply_time is not UNSET and (first_reply_time is not None or "first_reply_time" in self._received):
            field_dict["first_reply_time"] = first_reply_time
        if next_reply_time is not UNSET and (next_reply_time is not None or "next_reply_time" in self._received):
            field_dict["next_reply_time"] = next_reply_time
        if resolution_time is not UNSET and (resolution_time is not None or "resolution_time" in self._received):
            field_dict["resolution_time"] = resolution_time
        if time_to_close is not UNSET and (time_to_close is not None or "time_to_close" in self._received):
            field_dict["time_to_close"] = time_to_close

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationSlaAppliedByRuleSlaDefinitionType0:
            cls.__init__(self)
        self.first_reply_time = src_dict.get("first_reply_time")

        self.next_reply_time = src_dict.get("next_reply_time")

        self.resolution_time = src_dict.get("resolution_time")

        self.time_to_close = src_dict.get("time_to_close")

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
        "first_reply_time",
        "next_reply_time",
        "resolution_time",
        "time_to_close",
    }
)
