from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


T = TypeVar("T", bound="UpdateOfficeHoursScheduleRequest")


@_attrs_define
class UpdateOfficeHoursScheduleRequest:
    """The request payload for updating an office hours schedule. Only the provided fields are updated.

    Attributes:
        name (str | Unset): The name of the office hours schedule. Example: Extended Support Hours.
        time_zone_name (str | Unset): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        time_intervals (list[OfficeHoursTimeInterval] | Unset): The open intervals for the schedule. `start_minute` and
            `end_minute` must be on a 15-minute boundary.
    """

    name: str | Unset = UNSET
    time_zone_name: str | Unset = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        time_zone_name = self.time_zone_name

        time_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_intervals, Unset):
            time_intervals = []
            for time_intervals_item_data in self.time_intervals:
                time_intervals_item = time_intervals_item_data.to_dict()
                time_intervals.append(time_intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone_name is not UNSET:
            field_dict["time_zone_name"] = time_zone_name
        if time_intervals is not UNSET:
            field_dict["time_intervals"] = time_intervals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        time_zone_name = d.pop("time_zone_name", UNSET)

        _time_intervals = d.pop("time_intervals", UNSET)
        time_intervals: list[OfficeHoursTimeInterval] | Unset = UNSET
        if _time_intervals is not UNSET:
            time_intervals = []
            for time_intervals_item_data in _time_intervals:
                time_intervals_item = OfficeHoursTimeInterval.from_dict(time_intervals_item_data)

                time_intervals.append(time_intervals_item)

        update_office_hours_schedule_request = cls(
            name=name,
            time_zone_name=time_zone_name,
            time_intervals=time_intervals,
        )

        update_office_hours_schedule_request.additional_properties = d
        return update_office_hours_schedule_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, OfficeHoursTimeInterval
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval

    _lazy_loaded = True
