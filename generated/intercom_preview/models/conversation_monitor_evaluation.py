from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationMonitorEvaluation")


@_attrs_define
class ConversationMonitorEvaluation:
    """A QA monitor evaluation that flagged this conversation. Returned in the `monitor_evaluations` array on conversation
    responses when `include_monitors=true` is passed.

        Attributes:
            monitor_id (None | str): The unique identifier of the monitor that produced this evaluation. Example: 12345.
            monitor_name (None | str): The name of the monitor at the time of evaluation. Null if the monitor has since been
                deleted. Example: Customer complaint handling.
            monitor_type (None | str): The type of the monitor. Null if the monitor has since been deleted. Example: prompt.
            result (None | str): The evaluation outcome reported by the monitor. Example: flagged.
            explanation (None | str): The reasoning provided by the monitor for its result. May be null if no reasoning was
                generated. Example: The customer mentioned wanting a refund without resolution..
            evaluated_at (int | None): The time the monitor evaluated this conversation. Null in the rare case the
                underlying record's timestamp is not yet set. Example: 1719493065.
    """

    monitor_id: None | str = None
    monitor_name: None | str = None
    monitor_type: None | str = None
    result: None | str = None
    explanation: None | str = None
    evaluated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        monitor_id: None | str | Unset
        if isinstance(self.monitor_id, Unset):
            monitor_id = UNSET
        else:
            monitor_id = self.monitor_id

        monitor_name: None | str | Unset
        if isinstance(self.monitor_name, Unset):
            monitor_name = UNSET
        else:
            monitor_name = self.monitor_name

        monitor_type: None | str | Unset
        if isinstance(self.monitor_type, Unset):
            monitor_type = UNSET
        else:
            monitor_type = self.monitor_type

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        evaluated_at: int | None | Unset
        if isinstance(self.evaluated_at, Unset):
            evaluated_at = UNSET
        else:
            evaluated_at = self.evaluated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitor_id is not UNSET and (monitor_id is not None or "monitor_id" in self._received):
            field_dict["monitor_id"] = monitor_id
        if monitor_name is not UNSET and (monitor_name is not None or "monitor_name" in self._received):
            field_dict["monitor_name"] = monitor_name
        if monitor_type is not UNSET and (monitor_type is not None or "monitor_type" in self._received):
            field_dict["monitor_type"] = monitor_type
        if result is not UNSET and (result is not None or "result" in self._received):
            field_dict["result"] = result
        if explanation is not UNSET and (explanation is not None or "explanation" in self._received):
            field_dict["explanation"] = explanation
        if evaluated_at is not UNSET and (evaluated_at is not None or "evaluated_at" in self._received):
            field_dict["evaluated_at"] = evaluated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationMonitorEvaluation:
            cls.__init__(self)
        self.monitor_id = src_dict.get("monitor_id")

        self.monitor_name = src_dict.get("monitor_name")

        self.monitor_type = src_dict.get("monitor_type")

        self.result = src_dict.get("result")

        self.explanation = src_dict.get("explanation")

        self.evaluated_at = src_dict.get("evaluated_at")

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
        "monitor_id",
        "monitor_name",
        "monitor_type",
        "result",
        "explanation",
        "evaluated_at",
    }
)
