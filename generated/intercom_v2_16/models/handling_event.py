from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handling_event_type import HandlingEventType
from ..types import UNSET, Unset, WireDateTime

if TYPE_CHECKING:
    from ..models.teammate_reference import TeammateReference


T = TypeVar("T", bound="HandlingEvent")


@_attrs_define
class HandlingEvent:
    """A pause or resume event for a conversation

    Attributes:
        teammate (None | TeammateReference):
        type_ (HandlingEventType | None): The type of handling event Example: paused.
        timestamp (datetime.datetime | None): ISO8601 timestamp when the event occurred Example: 2026-01-09T09:00:00Z.
        reason (None | str): Optional reason for the event (e.g., "Paused", "Away") Example: Paused.
    """

    teammate: None | TeammateReference = None
    type_: HandlingEventType | None = None
    timestamp: datetime.datetime | None = None
    reason: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        teammate: dict[str, Any] | None | Unset
        if isinstance(self.teammate, Unset):
            teammate = UNSET
        elif isinstance(self.teammate, TeammateReference):
            teammate = self.teammate.to_dict()
        else:
            teammate = self.teammate

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, HandlingEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if teammate is not UNSET and (teammate is not None or "teammate" in self._received):
            field_dict["teammate"] = teammate
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if timestamp is not UNSET and (timestamp is not None or "timestamp" in self._received):
            field_dict["timestamp"] = timestamp
        if reason is not UNSET and (reason is not None or "reason" in self._received):
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_teammate(data: object) -> None | TeammateReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                teammate_type_0 = TeammateReference.from_dict(data)

                return teammate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeammateReference | Unset, data)

        teammate = _parse_teammate(d.pop("teammate", None))

        def _parse_type_(data: object) -> HandlingEventType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = HandlingEventType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HandlingEventType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = WireDateTime.parse(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", None))

        reason = d.pop("reason", None)

        handling_event = cls(
            teammate=teammate,
            type_=type_,
            timestamp=timestamp,
            reason=reason,
        )

        handling_event._received = src_dict.keys()

        handling_event.additional_properties = d
        return handling_event

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, TeammateReference
    from ..models.teammate_reference import TeammateReference

    _lazy_loaded = True
