from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_event_summaries_request_event_summaries import (
        CreateDataEventSummariesRequestEventSummaries,
    )


T = TypeVar("T", bound="CreateDataEventSummariesRequest")


@_attrs_define
class CreateDataEventSummariesRequest:
    """You can send a list of event summaries for a user. Each event summary should contain the event name, the time the
    event occurred, and the number of times the event occurred. The event name should be a past tense "verb-noun"
    combination, to improve readability, for example `updated-plan`.

        Attributes:
            user_id (str | Unset): Your identifier for the user. Example: 314159.
            event_summaries (CreateDataEventSummariesRequestEventSummaries | Unset): A list of event summaries for the user.
                Each event summary should contain the event name, the time the event occurred, and the number of times the event
                occurred. The event name should be a past tense 'verb-noun' combination, to improve readability, for example
                `updated-plan`.
    """

    user_id: str | Unset = UNSET
    event_summaries: CreateDataEventSummariesRequestEventSummaries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        user_id = self.user_id

        event_summaries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_summaries, Unset):
            event_summaries = self.event_summaries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if event_summaries is not UNSET:
            field_dict["event_summaries"] = event_summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        _event_summaries = d.pop("event_summaries", UNSET)
        event_summaries: CreateDataEventSummariesRequestEventSummaries | Unset
        if isinstance(_event_summaries, Unset):
            event_summaries = UNSET
        else:
            event_summaries = CreateDataEventSummariesRequestEventSummaries.from_dict(_event_summaries)

        create_data_event_summaries_request = cls(
            user_id=user_id,
            event_summaries=event_summaries,
        )

        create_data_event_summaries_request.additional_properties = d
        return create_data_event_summaries_request

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
    global _lazy_loaded, CreateDataEventSummariesRequestEventSummaries
    from ..models.create_data_event_summaries_request_event_summaries import (
        CreateDataEventSummariesRequestEventSummaries,
    )

    _lazy_loaded = True
