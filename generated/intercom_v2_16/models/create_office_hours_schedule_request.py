from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


T = TypeVar("T", bound="CreateOfficeHoursScheduleRequest")


@_attrs_define
class CreateOfficeHoursScheduleRequest:
    """The request payload for creating an office hours schedule.

    Attributes:
        name (str): The name of the office hours schedule. Example: Standard Support Hours.
        time_zone_name (str): The IANA time zone the schedule's hours are evaluated in. Example: America/New_York.
        time_intervals (list[OfficeHoursTimeInterval]): The open intervals for the schedule. `start_minute` and
            `end_minute` must be on a 15-minute boundary.
    """

    name: str
    time_zone_name: str
    time_intervals: list[OfficeHoursTimeInterval]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        time_zone_name = self.time_zone_name

        time_intervals = []
        for time_intervals_item_data in self.time_intervals:
            time_intervals_item = time_intervals_item_data.to_dict()
            time_intervals.append(time_intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "time_zone_name": time_zone_name,
                "time_intervals": time_intervals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        time_zone_name = d.pop("time_zone_name")

        time_intervals = []
        _time_intervals = d.pop("time_intervals")
        for time_intervals_item_data in _time_intervals:
            time_intervals_item = OfficeHoursTimeInterval.from_dict(time_intervals_item_data)

            time_intervals.append(time_intervals_item)

        create_office_hours_schedule_request = cls(
            name=name,
            time_zone_name=time_zone_name,
            time_intervals=time_intervals,
        )

        create_office_hours_schedule_request.additional_properties = d
        return create_office_hours_schedule_request

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
