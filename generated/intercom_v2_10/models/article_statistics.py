from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_statistics_type import ArticleStatisticsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleStatistics")


@_attrs_define
class ArticleStatistics:
    """The statistics of an article.

    Attributes:
        type_ (ArticleStatisticsType | None | Unset): The type of object - `article_statistics`. Default:
            ArticleStatisticsType.ARTICLE_STATISTICS. Example: article_statistics.
        views (int | None | Unset): The number of total views the article has received. Example: 10.
        conversions (int | None | Unset): The number of conversations started from the article. Example: 0.
        reactions (int | None | Unset): The number of total reactions the article has received. Example: 10.
        happy_reaction_percentage (float | None | Unset): The percentage of happy reactions the article has received
            against other types of reaction. Example: 40.0.
        neutral_reaction_percentage (float | None | Unset): The percentage of neutral reactions the article has received
            against other types of reaction. Example: 40.0.
        sad_reaction_percentage (float | None | Unset): The percentage of sad reactions the article has received against
            other types of reaction. Example: 20.0.
        conversations (int | None | Unset):
    """

    type_: ArticleStatisticsType | None | Unset = ArticleStatisticsType.ARTICLE_STATISTICS
    views: int | None | Unset = UNSET
    conversions: int | None | Unset = UNSET
    reactions: int | None | Unset = UNSET
    happy_reaction_percentage: float | None | Unset = UNSET
    neutral_reaction_percentage: float | None | Unset = UNSET
    sad_reaction_percentage: float | None | Unset = UNSET
    conversations: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleStatisticsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        views: int | None | Unset
        if isinstance(self.views, Unset):
            views = UNSET
        else:
            views = self.views

        conversions: int | None | Unset
        if isinstance(self.conversions, Unset):
            conversions = UNSET
        else:
            conversions = self.conversions

        reactions: int | None | Unset
        if isinstance(self.reactions, Unset):
            reactions = UNSET
        else:
            reactions = self.reactions

        happy_reaction_percentage: float | None | Unset
        if isinstance(self.happy_reaction_percentage, Unset):
            happy_reaction_percentage = UNSET
        else:
            happy_reaction_percentage = self.happy_reaction_percentage

        neutral_reaction_percentage: float | None | Unset
        if isinstance(self.neutral_reaction_percentage, Unset):
            neutral_reaction_percentage = UNSET
        else:
            neutral_reaction_percentage = self.neutral_reaction_percentage

        sad_reaction_percentage: float | None | Unset
        if isinstance(self.sad_reaction_percentage, Unset):
            sad_reaction_percentage = UNSET
        else:
            sad_reaction_percentage = self.sad_reaction_percentage

        conversations: int | None | Unset
        if isinstance(self.conversations, Unset):
            conversations = UNSET
        else:
            conversations = self.conversations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if views is not UNSET:
            field_dict["views"] = views
        if conversions is not UNSET:
            field_dict["conversions"] = conversions
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if happy_reaction_percentage is not UNSET:
            field_dict["happy_reaction_percentage"] = happy_reaction_percentage
        if neutral_reaction_percentage is not UNSET:
            field_dict["neutral_reaction_percentage"] = neutral_reaction_percentage
        if sad_reaction_percentage is not UNSET:
            field_dict["sad_reaction_percentage"] = sad_reaction_percentage
        if conversations is not UNSET:
            field_dict["conversations"] = conversations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ArticleStatisticsType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ArticleStatisticsType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleStatisticsType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        views = d.pop("views", UNSET)

        conversions = d.pop("conversions", UNSET)

        reactions = d.pop("reactions", UNSET)

        happy_reaction_percentage = d.pop("happy_reaction_percentage", UNSET)

        neutral_reaction_percentage = d.pop("neutral_reaction_percentage", UNSET)

        sad_reaction_percentage = d.pop("sad_reaction_percentage", UNSET)

        conversations = d.pop("conversations", UNSET)

        article_statistics = cls(
            type_=type_,
            views=views,
            conversions=conversions,
            reactions=reactions,
            happy_reaction_percentage=happy_reaction_percentage,
            neutral_reaction_percentage=neutral_reaction_percentage,
            sad_reaction_percentage=sad_reaction_percentage,
            conversations=conversations,
        )

        article_statistics.additional_properties = d
        return article_statistics

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
