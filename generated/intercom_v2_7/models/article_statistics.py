from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_statistics_type import ArticleStatisticsType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ArticleStatistics")


@_attrs_define
class ArticleStatistics:
    """The statistics of an article.

    Attributes:
        type_ (ArticleStatisticsType | None): The type of object - `article_statistics`. Default:
            ArticleStatisticsType.ARTICLE_STATISTICS. Example: article_statistics.
        views (int | None): The number of total views the article has received. Example: 10.
        conversions (int | None): The number of conversations started from the article. Example: 0.
        reactions (int | None): The number of total reactions the article has received. Example: 10.
        happy_reaction_percentage (float | None): The percentage of happy reactions the article has received against
            other types of reaction. Example: 40.0.
        neutral_reaction_percentage (float | None): The percentage of neutral reactions the article has received against
            other types of reaction. Example: 40.0.
        sad_reaction_percentage (float | None): The percentage of sad reactions the article has received against other
            types of reaction. Example: 20.0.
        conversations (int | None):
    """

    type_: ArticleStatisticsType | None = None
    views: int | None = None
    conversions: int | None = None
    reactions: int | None = None
    happy_reaction_percentage: float | None = None
    neutral_reaction_percentage: float | None = None
    sad_reaction_percentage: float | None = None
    conversations: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if views is not UNSET and (views is not None or "views" in self._received):
            field_dict["views"] = views
        if conversions is not UNSET and (conversions is not None or "conversions" in self._received):
            field_dict["conversions"] = conversions
        if reactions is not UNSET and (reactions is not None or "reactions" in self._received):
            field_dict["reactions"] = reactions
        if happy_reaction_percentage is not UNSET and (
            happy_reaction_percentage is not None or "happy_reaction_percentage" in self._received
        ):
            field_dict["happy_reaction_percentage"] = happy_reaction_percentage
        if neutral_reaction_percentage is not UNSET and (
            neutral_reaction_percentage is not None or "neutral_reaction_percentage" in self._received
        ):
            field_dict["neutral_reaction_percentage"] = neutral_reaction_percentage
        if sad_reaction_percentage is not UNSET and (
            sad_reaction_percentage is not None or "sad_reaction_percentage" in self._received
        ):
            field_dict["sad_reaction_percentage"] = sad_reaction_percentage
        if conversations is not UNSET and (conversations is not None or "conversations" in self._received):
            field_dict["conversations"] = conversations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ArticleStatistics:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ArticleStatisticsType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.views = src_dict.get("views")

        self.conversions = src_dict.get("conversions")

        self.reactions = src_dict.get("reactions")

        self.happy_reaction_percentage = src_dict.get("happy_reaction_percentage")

        self.neutral_reaction_percentage = src_dict.get("neutral_reaction_percentage")

        self.sad_reaction_percentage = src_dict.get("sad_reaction_percentage")

        self.conversations = src_dict.get("conversations")

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
        "type",
        "views",
        "conversions",
        "reactions",
        "happy_reaction_percentage",
        "neutral_reaction_percentage",
        "sad_reaction_percentage",
        "conversations",
    }
)
