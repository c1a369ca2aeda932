from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult


T = TypeVar("T", bound="ConversationScorecardEvaluator")


@_attrs_define
class ConversationScorecardEvaluator:
    """A single evaluator within a scorecard, including its result for this conversation.

    Attributes:
        evaluator_id (None | str): The unique identifier of the evaluator (criterion) within the scorecard. Example:
            54321.
        result (ConversationScorecardEvaluatorResult | None): The evaluator's result for this conversation. Null if the
            evaluator was not scored.
    """

    evaluator_id: None | str = None
    result: ConversationScorecardEvaluatorResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        evaluator_id: None | str | Unset
        if isinstance(self.evaluator_id, Unset):
            evaluator_id = UNSET
        else:
            evaluator_id = self.evaluator_id

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ConversationScorecardEvaluatorResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluator_id is not UNSET and (evaluator_id is not None or "evaluator_id" in self._received):
            field_dict["evaluator_id"] = evaluator_id
        if result is not UNSET and (result is not None or "result" in self._received):
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationScorecardEvaluator:
            cls.__init__(self)
        self.evaluator_id = src_dict.get("evaluator_id")

        result = src_dict.get("result")
        if isinstance(result, dict):
            try:
                result_type_0 = ConversationScorecardEvaluatorResult.from_dict(result)

                result = result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.result = result

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
        "evaluator_id",
        "result",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationScorecardEvaluatorResult
    from ..models.conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult

    _lazy_loaded = True
