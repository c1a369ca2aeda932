from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handling_event_type import HandlingEventType
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

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
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        self = new_instance(cls)
        if cls is not HandlingEvent:
            cls.__init__(self)
        teammate = src_dict.get("teammate")
        if isinstance(teammate, dict):
            try:
                teammate_type_0 = TeammateReference.from_dict(teammate)

                teammate = teammate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.teammate = teammate

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = HandlingEventType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        timestamp = src_dict.get("timestamp")
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = WireDateTime.parse(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.timestamp = timestamp

        self.reason = src_dict.get("reason")

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
        "teammate",
        "type",
        "timestamp",
        "reason",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TeammateReference
    from ..models.teammate_reference import TeammateReference

    _lazy_loaded = True
