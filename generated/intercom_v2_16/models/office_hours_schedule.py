from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


T = TypeVar("T", bound="OfficeHoursSchedule")


@_attrs_define
class OfficeHoursSchedule:
    """An office hours schedule defines the recurring weekly hours during which the workspace is open.

    Attributes:
        type_ (None | str): The type of the object - always `office_hours_schedule`. Example: office_hours_schedule.
        id (None | str): The unique identifier for the office hours schedule. Example: 123.
        name (None | str): The name of the office hours schedule. Example: Standard Support Hours.
        time_zone_name (None | str): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals that make up the weekly schedule.
        twenty_four_seven (bool | None): Whether the schedule is open 24/7. Example: False.
        created_at (int | None): The time the schedule was created as a Unix timestamp. Example: 1717200000.
        updated_at (int | None): The time the schedule was last updated as a Unix timestamp. Example: 1717200000.
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    time_zone_name: None | str = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
    twenty_four_seven: bool | None = None
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        time_zone_name: None | str | Unset
        if isinstance(self.time_zone_name, Unset):
            time_zone_name = UNSET
        else:
            time_zone_name = self.time_zone_name

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

        twenty_four_seven: bool | None | Unset
        if isinstance(self.twenty_four_seven, Unset):
            twenty_four_seven = UNSET
        else:
            twenty_four_seven = self.twenty_four_seven

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
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if time_zone_name is not UNSET and (time_zone_name is not None or "time_zone_name" in self._received):
            field_dict["time_zone_name"] = time_zone_name
        if time_intervals is not UNSET and (time_intervals is not None or "time_intervals" in self._received):
            field_dict["time_intervals"] = time_intervals
        if twenty_four_seven is not UNSET and (twenty_four_seven is not None or "twenty_four_seven" in self._received):
            field_dict["twenty_four_seven"] = twenty_four_seven
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
        if cls is not OfficeHoursSchedule:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.time_zone_name = src_dict.get("time_zone_name")

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

        self.twenty_four_seven = src_dict.get("twenty_four_seven")

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
        "name",
        "time_zone_name",
        "time_intervals",
        "twenty_four_seven",
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
