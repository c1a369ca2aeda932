from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_scorecard_reviewed_teammate_type import ConversationScorecardReviewedTeammateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationScorecardReviewedTeammate")


@_attrs_define
class ConversationScorecardReviewedTeammate:
    """The teammate (or AI agent) whose handling of the conversation was reviewed by this scorecard.

    Attributes:
        type_ (ConversationScorecardReviewedTeammateType | None | Unset): The kind of reviewee. `ai` if the conversation
            was handled by Fin or scored without a specific teammate; `admin` if a specific teammate was reviewed. Example:
            admin.
        admin_id (None | str | Unset): The id of the admin who was reviewed. Present only when `type` is `admin`.
            Example: 991267715.
    """

    type_: ConversationScorecardReviewedTeammateType | None | Unset = UNSET
    admin_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationScorecardReviewedTeammateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ConversationScorecardReviewedTeammateType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ConversationScorecardReviewedTeammateType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationScorecardReviewedTeammateType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        admin_id = d.pop("admin_id", UNSET)

        conversation_scorecard_reviewed_teammate = cls(
            type_=type_,
            admin_id=admin_id,
        )

        conversation_scorecard_reviewed_teammate.additional_properties = d
        return conversation_scorecard_reviewed_teammate

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
