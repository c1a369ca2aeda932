from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.office_hours_exception_exception_type import OfficeHoursExceptionExceptionType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


T = TypeVar("T", bound="OfficeHoursException")


@_attrs_define
class OfficeHoursException:
    """An exception overrides a schedule's regular hours on a specific date, such as a public holiday.

    Attributes:
        type_ (None | str): The type of the object - always `office_hours_exception`. Example: office_hours_exception.
        id (None | str): The unique identifier for the office hours exception. Example: 456.
        office_hours_schedule_id (None | str): The unique identifier for the schedule this exception belongs to.
            Example: 123.
        exception_date (datetime.date | None): The date the exception applies to, in `YYYY-MM-DD` format. Example:
            2026-12-25.
        exception_type (None | OfficeHoursExceptionExceptionType): `closed` means the workspace is closed all day;
            `custom_hours` replaces the regular hours with `time_intervals`. Example: closed.
        name (None | str): An optional name for the exception. Example: Christmas Day.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals for the exception date. `null` when
            `exception_type` is `closed`.
        recurring_annually (bool | None): Whether the exception repeats every year on the same date. Example: True.
        created_at (int | None): The time the exception was created as a Unix timestamp. Example: 1717200000.
        updated_at (int | None): The time the exception was last updated as a Unix timestamp. Example: 1717200000.
    """

    type_: None | str = None
    id: None | str = None
    office_hours_schedule_id: None | str = None
    exception_date: datetime.date | None = None
    exception_type: None | OfficeHoursExceptionExceptionType = None
    name: None | str = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
    recurring_annually: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        office_hours_schedule_id: None | str | Unset
        if isinstance(self.office_hours_schedule_id, Unset):
            office_hours_schedule_id = UNSET
        else:
            office_hours_schedule_id = self.office_hours_schedule_id

        exception_date: None | str | Unset
        if isinstance(self.exception_date, Unset):
            exception_date = UNSET
        elif isinstance(self.exception_date, datetime.date):
            exception_date = self.exception_date.isoformat()
        else:
            exception_date = self.exception_date

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        elif isinstance(self.exception_type, OfficeHoursExceptionExceptionType):
            exception_type = self.exception_type.value
        else:
            exception_type = self.exception_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        recurring_annually: bool | None | Unset
        if isinstance(self.recurring_annually, Unset):
            recurring_annually = UNSET
        else:
            recurring_annually = self.recurring_annually

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
        if office_hours_schedule_id is not UNSET and (
            office_hours_schedule_id is not None or "office_hours_schedule_id" in self._received
        ):
            field_dict["office_hours_schedule_id"] = office_hours_schedule_id
        if exception_date is not UNSET and (exception_date is not None or "exception_date" in self._received):
            field_dict["exception_date"] = exception_date
        if exception_type is not UNSET and (exception_type is not None or "exception_type" in self._received):
            field_dict["exception_type"] = exception_type
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if time_intervals is not UNSET and (time_intervals is not None or "time_intervals" in self._received):
            field_dict["time_intervals"] = time_intervals
        if recurring_annually is not UNSET and (
            recurring_annually is not None or "recurring_annually" in self._received
        ):
            field_dict["recurring_annually"] = recurring_annually
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not OfficeHoursException:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.office_hours_schedule_id = src_dict.get("office_hours_schedule_id")

        exception_date = src_dict.get("exception_date")
        if isinstance(exception_date, str):
            try:
                exception_date_type_0 = datetime.date.fromisoformat(exception_date)

                exception_date = exception_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.exception_date = exception_date

        exception_type = src_dict.get("exception_type")
        if isinstance(exception_type, str):
            try:
                exception_type_type_1 = OfficeHoursExceptionExceptionType(exception_type)

                exception_type = exception_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.exception_type = exception_type

        self.name = src_dict.get("name")

        time_intervals = src_dict.get("time_intervals")
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
        self.time_intervals = time_intervals

        self.recurring_annually = src_dict.get("recurring_annually")

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
        "office_hours_schedule_id",
        "exception_date",
        "exception_type",
        "name",
        "time_intervals",
        "recurring_annually",
        "created_at",
        "updated_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, OfficeHoursTimeInterval
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval

    _lazy_loaded = True
