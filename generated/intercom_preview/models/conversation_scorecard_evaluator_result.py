from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationScorecardEvaluatorResult")


@_attrs_define
class ConversationScorecardEvaluatorResult:
    """The outcome of a single evaluator within a scorecard.

    Attributes:
        value (None | str): The evaluator's selected value (typically a label such as `pass`, `fail`, or a category
            identifier). Example: pass.
        source (None | str): The origin of the result (for example, `ai` or `human`). Example: ai.
        reasoning (None | str): A free-text explanation of the result. Example: The agent acknowledged the issue and
            resolved it within the same response..
        reason_ids (list[str] | None): Identifiers for structured reasons assigned to the result, if any. Example:
            ['101', '102'].
        other_text (None | str): Free-text entered by the reviewer to supplement or stand in for the structured
            `reason_ids` — typically captured when the reviewer selects an "Other" option or adds a custom note. Null when
            not provided. Example: Agent acknowledged the issue but missed the follow-up question about billing..
    """

    value: None | str = None
    source: None | str = None
    reasoning: None | str = None
    reason_ids: list[str] | None = None
    other_text: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reason_ids: list[str] | None | Unset
        if isinstance(self.reason_ids, Unset):
            reason_ids = UNSET
        elif isinstance(self.reason_ids, list):
            reason_ids = self.reason_ids

        else:
            reason_ids = self.reason_ids

        other_text: None | str | Unset
        if isinstance(self.other_text, Unset):
            other_text = UNSET
        else:
            other_text = self.other_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET and (value is not None or "value" in self._received):
            field_dict["value"] = value
        if source is not UNSET and (source is not None or "source" in self._received):
            field_dict["source"] = source
        if reasoning is not UNSET and (reasoning is not None or "reasoning" in self._received):
            field_dict["reasoning"] = reasoning
        if reason_ids is not UNSET and (reason_ids is not None or "reason_ids" in self._received):
            field_dict["reason_ids"] = reason_ids
        if other_text is not UNSET and (other_text is not None or "other_text" in self._received):
            field_dict["other_text"] = other_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationScorecardEvaluatorResult:
            cls.__init__(self)
        self.value = src_dict.get("value")

        self.source = src_dict.get("source")

        self.reasoning = src_dict.get("reasoning")

        self.reason_ids = src_dict.get("reason_ids")

        self.other_text = src_dict.get("other_text")

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
        "value",
        "source",
        "reasoning",
        "reason_ids",
        "other_text",
    }
)
