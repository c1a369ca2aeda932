from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataEventSummariesRequestEventSummaries")


@_attrs_define
class CreateDataEventSummariesRequestEventSummaries:
    """A list of event summaries for the user. Each event summary should contain the event name, the time the event
    occurred, and the number of times the event occurred. The event name should be a past tense 'verb-noun' combination,
    to improve readability, for example `updated-plan`.

        Attributes:
            event_name (str | Unset): The name of the event that occurred. A good event name is typically a past tense
                'verb-noun' combination, to improve readability, for example `updated-plan`. Example: invited-friend.
            count (int | Unset): The number of times the event occurred. Example: 1.
            first (int | Unset): The first time the event was sent Example: 1671028894.
            last (int | Unset): The last time the event was sent Example: 1671028894.
    """

    event_name: str | Unset = UNSET
    count: int | Unset = UNSET
    first: int | Unset = UNSET
    last: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name

        count = self.count

        first = self.first

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if count is not UNSET:
            field_dict["count"] = count
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name = d.pop("event_name", UNSET)

        count = d.pop("count", UNSET)

        first = d.pop("first", UNSET)

        last = d.pop("last", UNSET)

        create_data_event_summaries_request_event_summaries = cls(
            event_name=event_name,
            count=count,
            first=first,
            last=last,
        )

        create_data_event_summaries_request_event_summaries.additional_properties = d
        return create_data_event_summaries_request_event_summaries

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
