from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate


T = TypeVar("T", bound="ConversationScorecard")


@_attrs_define
class ConversationScorecard:
    """A QA scorecard result for this conversation. Returned in the `scorecards` array on conversation responses when
    `include_scorecards=true` is passed.

        Attributes:
            scorecard_id (None | str | Unset): The unique identifier of the scorecard definition. Example: 67890.
            scorecard_version_id (None | str | Unset): The unique identifier of the specific scorecard version that produced
                this result. Example: 67891.
            name (None | str | Unset): The name of the scorecard. Example: Standard QA Review.
            scorecard_type (None | str | Unset): The type of scorecard. Example: human.
            passed (bool | None | Unset): Whether the conversation passed the scorecard. Null when the scorecard has not
                been scored. Example: True.
            score (float | None | Unset): The numeric score for the scorecard. Null when the scorecard has not been scored.
                Example: 0.85.
            ai_score (float | None | Unset): The numeric score produced by AI evaluation, if applicable. Null when not AI-
                scored. Example: 0.9.
            evaluated_at (int | None | Unset): The time the scorecard was last evaluated. Null in the rare case the
                underlying record's timestamp is not yet set. Example: 1719493065.
            reviewed_teammate (ConversationScorecardReviewedTeammate | None | Unset):
            evaluators (list[ConversationScorecardEvaluator] | None | Unset): Per-evaluator results within this scorecard.
    """

    scorecard_id: None | str | Unset = UNSET
    scorecard_version_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    scorecard_type: None | str | Unset = UNSET
    passed: bool | None | Unset = UNSET
    score: float | None | Unset = UNSET
    ai_score: float | None | Unset = UNSET
    evaluated_at: int | None | Unset = UNSET
    reviewed_teammate: ConversationScorecardReviewedTeammate | None | Unset = UNSET
    evaluators: list[ConversationScorecardEvaluator] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if scorecard_id is not UNSET:
            field_dict["scorecard_id"] = scorecard_id
        if scorecard_version_id is not UNSET:
            field_dict["scorecard_version_id"] = scorecard_version_id
        if name is not UNSET:
            field_dict["name"] = name
        if scorecard_type is not UNSET:
            field_dict["scorecard_type"] = scorecard_type
        if passed is not UNSET:
            field_dict["passed"] = passed
        if score is not UNSET:
            field_dict["score"] = score
        if ai_score is not UNSET:
            field_dict["ai_score"] = ai_score
        if evaluated_at is not UNSET:
            field_dict["evaluated_at"] = evaluated_at
        if reviewed_teammate is not UNSET:
            field_dict["reviewed_teammate"] = reviewed_teammate
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        scorecard_id = d.pop("scorecard_id", UNSET)

        scorecard_version_id = d.pop("scorecard_version_id", UNSET)

        name = d.pop("name", UNSET)

        scorecard_type = d.pop("scorecard_type", UNSET)

        passed = d.pop("passed", UNSET)

        score = d.pop("score", UNSET)

        ai_score = d.pop("ai_score", UNSET)

        evaluated_at = d.pop("evaluated_at", UNSET)

        def _parse_reviewed_teammate(data: object) -> ConversationScorecardReviewedTeammate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reviewed_teammate_type_0 = ConversationScorecardReviewedTeammate.from_dict(data)

                return reviewed_teammate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationScorecardReviewedTeammate | None | Unset, data)

        reviewed_teammate = _parse_reviewed_teammate(d.pop("reviewed_teammate", UNSET))

        def _parse_evaluators(data: object) -> list[ConversationScorecardEvaluator] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evaluators_type_0 = []
                _evaluators_type_0 = data
                for evaluators_type_0_item_data in _evaluators_type_0:
                    evaluators_type_0_item = ConversationScorecardEvaluator.from_dict(evaluators_type_0_item_data)

                    evaluators_type_0.append(evaluators_type_0_item)

                return evaluators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationScorecardEvaluator] | None | Unset, data)

        evaluators = _parse_evaluators(d.pop("evaluators", UNSET))

        conversation_scorecard = cls(
            scorecard_id=scorecard_id,
            scorecard_version_id=scorecard_version_id,
            name=name,
            scorecard_type=scorecard_type,
            passed=passed,
            score=score,
            ai_score=ai_score,
            evaluated_at=evaluated_at,
            reviewed_teammate=reviewed_teammate,
            evaluators=evaluators,
        )

        conversation_scorecard.additional_properties = d
        return conversation_scorecard

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
    global _lazy_loaded, ConversationScorecardEvaluator, ConversationScorecardReviewedTeammate
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate

    _lazy_loaded = True
