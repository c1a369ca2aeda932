from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_office_hours_exception_request_exception_type import CreateOfficeHoursExceptionRequestExceptionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


T = TypeVar("T", bound="CreateOfficeHoursExceptionRequest")


@_attrs_define
class CreateOfficeHoursExceptionRequest:
    """The request payload for creating an office hours exception. Omit `time_intervals` when `exception_type` is `closed`.

    Attributes:
        exception_date (datetime.date): The date the exception applies to, in `YYYY-MM-DD` format. Example: 2026-12-25.
        exception_type (CreateOfficeHoursExceptionRequestExceptionType): The type of exception. Example: closed.
        name (str | Unset): An optional name for the exception. Example: Christmas Day.
        time_intervals (list[OfficeHoursTimeInterval] | None | Unset): The open intervals for the exception date.
            Required for `custom_hours`; omit for `closed`.
        recurring_annually (bool | Unset): Whether the exception repeats every year on the same date. Example: True.
    """

    exception_date: datetime.date
    exception_type: CreateOfficeHoursExceptionRequestExceptionType
    name: str | Unset = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | None | Unset = UNSET
    recurring_annually: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        exception_date = self.exception_date.isoformat()

        exception_type = self.exception_type.value

        name = self.name

        time_intervals: list[dict[str, Any]] | None | Unset
        if isinstance(self.time_intervals, Unset):
            time_intervals = UNSET
        elif isinstance(self.time_intervals, list):
            time_intervals = []
            for time_intervals_type_0_item_data in self.time_intervals:
                time_intervals_type_0_item = time_intervals_type_0_item_data.to_dict()
                time_intervals.append(time_intervals_type_0_item)

        else:
            time_intervals = self.time_intervals

        recurring_annually = self.recurring_annually

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exception_date": exception_date,
                "exception_type": exception_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if time_intervals is not UNSET:
            field_dict["time_intervals"] = time_intervals
        if recurring_annually is not UNSET:
            field_dict["recurring_annually"] = recurring_annually

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        exception_date = datetime.date.fromisoformat(d.pop("exception_date"))

        exception_type = CreateOfficeHoursExceptionRequestExceptionType(d.pop("exception_type"))

        name = d.pop("name", UNSET)

        time_intervals = d.pop("time_intervals", UNSET)
        if isinstance(time_intervals, list):
            try:
                time_intervals_type_0 = []
                _time_intervals_type_0 = time_intervals
                for time_intervals_type_0_item_data in _time_intervals_type_0:
                    time_intervals_type_0_item = OfficeHoursTimeInterval.from_dict(time_intervals_type_0_item_data)

                    time_intervals_type_0.append(time_intervals_type_0_item)

                time_intervals = time_intervals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        recurring_annually = d.pop("recurring_annually", UNSET)

        create_office_hours_exception_request = cls(
            exception_date=exception_date,
            exception_type=exception_type,
            name=name,
            time_intervals=time_intervals,
            recurring_annually=recurring_annually,
        )

        create_office_hours_exception_request.additional_properties = d
        return create_office_hours_exception_request

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
