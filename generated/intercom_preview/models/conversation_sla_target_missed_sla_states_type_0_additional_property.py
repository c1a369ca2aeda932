from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_sla_target_missed_sla_states_type_0_additional_property_status import (
    ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus,
)
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationSlaTargetMissedSlaStatesType0AdditionalProperty")


@_attrs_define
class ConversationSlaTargetMissedSlaStatesType0AdditionalProperty:
    """
    Attributes:
        status (ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus | None): Status of this specific
            target
        seconds_remaining (int | None): Time remaining for active/paused targets (null for hit/missed)
    """

    status: ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus | None = None
    seconds_remaining: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus):
            status = self.status.value
        else:
            status = self.status

        seconds_remaining: int | None | Unset
        if isinstance(self.seconds_remaining, Unset):
            seconds_remaining = UNSET
        else:
            seconds_remaining = self.seconds_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if seconds_remaining is not UNSET and (seconds_remaining is not None or "seconds_remaining" in self._received):
            field_dict["seconds_remaining"] = seconds_remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationSlaTargetMissedSlaStatesType0AdditionalProperty:
            cls.__init__(self)
        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.seconds_remaining = src_dict.get("seconds_remaining")

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
        "status",
        "seconds_remaining",
    }
)
