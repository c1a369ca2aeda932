from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_search_highlights_highlighted_summary_type_0_item_item_type import (
    ArticleSearchHighlightsHighlightedSummaryType0ItemItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleSearchHighlightsHighlightedSummaryType0ItemItem")


@_attrs_define
class ArticleSearchHighlightsHighlightedSummaryType0ItemItem:
    """An instance of highlighted summary text.

    Attributes:
        type_ (ArticleSearchHighlightsHighlightedSummaryType0ItemItemType | None | Unset): The type of text -
            `highlight` or `plain`. Example: How to highlight .
        text (None | str | Unset): The text of the title. Example: my query.
    """

    type_: ArticleSearchHighlightsHighlightedSummaryType0ItemItemType | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleSearchHighlightsHighlightedSummaryType0ItemItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ArticleSearchHighlightsHighlightedSummaryType0ItemItemType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ArticleSearchHighlightsHighlightedSummaryType0ItemItemType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleSearchHighlightsHighlightedSummaryType0ItemItemType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        text = d.pop("text", UNSET)

        article_search_highlights_highlighted_summary_type_0_item_item = cls(
            type_=type_,
            text=text,
        )

        article_search_highlights_highlighted_summary_type_0_item_item.additional_properties = d
        return article_search_highlights_highlighted_summary_type_0_item_item

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
