from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate


T = TypeVar("T", bound="ConversationScorecard")


@_attrs_define
class ConversationScorecard:
    """A QA scorecard result for this conversation. Returned in the `scorecards` array on conversation responses when
    `include_scorecards=true` is passed.

        Attributes:
            scorecard_id (None | str): The unique identifier of the scorecard definition. Example: 67890.
            scorecard_version_id (None | str): The unique identifier of the specific scorecard version that produced this
                result. Example: 67891.
            name (None | str): The name of the scorecard. Example: Standard QA Review.
            scorecard_type (None | str): The type of scorecard. Example: human.
            passed (bool | None): Whether the conversation passed the scorecard. Null when the scorecard has not been
                scored. Example: True.
            score (float | None): The numeric score for the scorecard. Null when the scorecard has not been scored. Example:
                0.85.
            ai_score (float | None): The numeric score produced by AI evaluation, if applicable. Null when not AI-scored.
                Example: 0.9.
            evaluated_at (int | None): The time the scorecard was last evaluated. Null in the rare case the underlying
                record's timestamp is not yet set. Example: 1719493065.
            reviewed_teammate (ConversationScorecardReviewedTeammate | None):
            evaluators (list[ConversationScorecardEvaluator] | None): Per-evaluator results within this scorecard.
    """

    scorecard_id: None | str = None
    scorecard_version_id: None | str = None
    name: None | str = None
    scorecard_type: None | str = None
    passed: bool | None = None
    score: float | None = None
    ai_score: float | None = None
    evaluated_at: int | None = None
    reviewed_teammate: ConversationScorecardReviewedTeammate | None = None
    evaluators: list[ConversationScorecardEvaluator] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        scorecard_id: None | str | Unset
        if isinstance(self.scorecard_id, Unset):
            scorecard_id = UNSET
        else:
            scorecard_id = self.scorecard_id

        scorecard_version_id: None | str | Unset
        if isinstance(self.scorecard_version_id, Unset):
            scorecard_version_id = UNSET
        else:
            scorecard_version_id = self.scorecard_version_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        scorecard_type: None | str | Unset
        if isinstance(self.scorecard_type, Unset):
            scorecard_type = UNSET
        else:
            scorecard_type = self.scorecard_type

        passed: bool | None | Unset
        if isinstance(self.passed, Unset):
            passed = UNSET
        else:
            passed = self.passed

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        ai_score: float | None | Unset
        if isinstance(self.ai_score, Unset):
            ai_score = UNSET
        else:
            ai_score = self.ai_score

        evaluated_at: int | None | Unset
        if isinstance(self.evaluated_at, Unset):
            evaluated_at = UNSET
        else:
            evaluated_at = self.evaluated_at

        reviewed_teammate: dict[str, Any] | None | Unset
        if isinstance(self.reviewed_teammate, Unset):
            reviewed_teammate = UNSET
        elif isinstance(self.reviewed_teammate, ConversationScorecardReviewedTeammate):
            reviewed_teammate = self.reviewed_teammate.to_dict()
        else:
            reviewed_teammate = self.reviewed_teammate

        evaluators: list[dict[str, Any]] | None | Unset
        if isinstance(self.evaluators, Unset):
            evaluators = UNSET
        elif isinstance(self.evaluators, list):
            evaluators = []
            for evaluators_type_0_item_data in self.evaluators:
                evaluators_type_0_item = evaluators_type_0_item_data.to_dict()
                evaluators.append(evaluators_type_0_item)

        else:
            evaluators = self.evaluators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scorecard_id is not UNSET and (scorecard_id is not None or "scorecard_id" in self._received):
            field_dict["scorecard_id"] = scorecard_id
        if scorecard_version_id is not UNSET and (
            scorecard_version_id is not None or "scorecard_version_id" in self._received
        ):
            field_dict["scorecard_version_id"] = scorecard_version_id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if scorecard_type is not UNSET and (scorecard_type is not None or "scorecard_type" in self._received):
            field_dict["scorecard_type"] = scorecard_type
        if passed is not UNSET and (passed is not None or "passed" in self._received):
            field_dict["passed"] = passed
        if score is not UNSET and (score is not None or "score" in self._received):
            field_dict["score"] = score
        if ai_score is not UNSET and (ai_score is not None or "ai_score" in self._received):
            field_dict["ai_score"] = ai_score
        if evaluated_at is not UNSET and (evaluated_at is not None or "evaluated_at" in self._received):
            field_dict["evaluated_at"] = evaluated_at
        if reviewed_teammate is not UNSET and (reviewed_teammate is not None or "reviewed_teammate" in self._received):
            field_dict["reviewed_teammate"] = reviewed_teammate
        if evaluators is not UNSET and (evaluators is not None or "evaluators" in self._received):
            field_dict["evaluators"] = evaluators

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationScorecard:
            cls.__init__(self)
        self.scorecard_id = src_dict.get("scorecard_id")

        self.scorecard_version_id = src_dict.get("scorecard_version_id")

        self.name = src_dict.get("name")

        self.scorecard_type = src_dict.get("scorecard_type")

        self.passed = src_dict.get("passed")

        self.score = src_dict.get("score")

        self.ai_score = src_dict.get("ai_score")

        self.evaluated_at = src_dict.get("evaluated_at")

        reviewed_teammate = src_dict.get("reviewed_teammate")
        if isinstance(reviewed_teammate, dict):
            try:
                reviewed_teammate_type_0 = ConversationScorecardReviewedTeammate.from_dict(reviewed_teammate)

                reviewed_teammate = reviewed_teammate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reviewed_teammate = reviewed_teammate

        evaluators = src_dict.get("evaluators")
        if isinstance(evaluators, list):
            try:
                evaluators_type_0 = []
                _evaluators_type_0 = evaluators
                for evaluators_type_0_item_data in _evaluators_type_0:
                    evaluators_type_0_item = ConversationScorecardEvaluator.from_dict(evaluators_type_0_item_data)

                    evaluators_type_0.append(evaluators_type_0_item)

                evaluators = evaluators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.evaluators = evaluators

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
        "scorecard_id",
        "scorecard_version_id",
        "name",
        "scorecard_type",
        "passed",
        "score",
        "ai_score",
        "evaluated_at",
        "reviewed_teammate",
        "evaluators",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationScorecardEvaluator, ConversationScorecardReviewedTeammate
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate

    _lazy_loaded = True
