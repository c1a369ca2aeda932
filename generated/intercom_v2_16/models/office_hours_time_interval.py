from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="OfficeHoursTimeInterval")


@_attrs_define
class OfficeHoursTimeInterval:
    """A single open interval. For schedules, `start_minute` and `end_minute` are minute offsets from the start of the week
    (Monday 00:00 = 0), in the range 0 to 10080. For exceptions, they are minute offsets from midnight on
    `exception_date`, in the range 0 to 1440.

        Attributes:
            start_minute (int | None): Minute the interval starts. For schedules, offset from the start of the week (Monday
                00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 540.
            end_minute (int | None): Minute the interval ends. For schedules, offset from the start of the week (Monday
                00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 1020.
            day_of_week (int | None): Derived day of the week the interval falls on (0 = Monday … 6 = Sunday). For
                exceptions, this is derived from `exception_date`. Example: 0.
    """

    start_minute: int | None = None
    end_minute: int | None = None
    day_of_week: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        start_minute: int | None | Unset
        if isinstance(self.start_minute, Unset):
            start_minute = UNSET
        else:
            start_minute = self.start_minute

        end_minute: int | None | Unset
        if isinstance(self.end_minute, Unset):
            end_minute = UNSET
        else:
            end_minute = self.end_minute

        day_of_week: int | None | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_minute is not UNSET and (start_minute is not None or "start_minute" in self._received):
            field_dict["start_minute"] = start_minute
        if end_minute is not UNSET and (end_minute is not None or "end_minute" in self._received):
            field_dict["end_minute"] = end_minute
        if day_of_week is not UNSET and (day_of_week is not None or "day_of_week" in self._received):
            field_dict["day_of_week"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not OfficeHoursTimeInterval:
            cls.__init__(self)
        self.start_minute = src_dict.get("start_minute")

        self.end_minute = src_dict.get("end_minute")

        self.day_of_week = src_dict.get("day_of_week")

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
        "start_minute",
        "end_minute",
        "day_of_week",
    }
)
