from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.article_search_highlights_highlighted_summary_type_0_item_item import (
        ArticleSearchHighlightsHighlightedSummaryType0ItemItem,
    )
    from ..models.article_search_highlights_highlighted_title_type_0_item import (
        ArticleSearchHighlightsHighlightedTitleType0Item,
    )


T = TypeVar("T", bound="ArticleSearchHighlights")


@_attrs_define
class ArticleSearchHighlights:
    """The highlighted results of an Article search. In the examples provided my search query is always "my query".

    Attributes:
        article_id (None | str): The ID of the corresponding article. Example: 123.
        highlighted_title (list[ArticleSearchHighlightsHighlightedTitleType0Item] | None): An Article title highlighted.
        highlighted_summary (list[list[ArticleSearchHighlightsHighlightedSummaryType0ItemItem]] | None): An Article
            description and body text highlighted.
    """

    article_id: None | str = None
    highlighted_title: list[ArticleSearchHighlightsHighlightedTitleType0Item] | None = None
    highlighted_summary: list[list[ArticleSearchHighlightsHighlightedSummaryType0ItemItem]] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        article_id: None | str | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        highlighted_title: list[dict[str, Any]] | None | Unset
        if isinstance(self.highlighted_title, Unset):
            highlighted_title = UNSET
        elif isinstance(self.highlighted_title, list):
            highlighted_title = []
            for highlighted_title_type_0_item_data in self.highlighted_title:
                highlighted_title_type_0_item = highlighted_title_type_0_item_data.to_dict()
                highlighted_title.append(highlighted_title_type_0_item)

        else:
            highlighted_title = self.highlighted_title

        highlighted_summary: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.highlighted_summary, Unset):
            highlighted_summary = UNSET
        elif isinstance(self.highlighted_summary, list):
            highlighted_summary = []
            for highlighted_summary_type_0_item_data in self.highlighted_summary:
                highlighted_summary_type_0_item = []
                for highlighted_summary_type_0_item_item_data in highlighted_summary_type_0_item_data:
                    highlighted_summary_type_0_item_item = highlighted_summary_type_0_item_item_data.to_dict()
                    highlighted_summary_type_0_item.append(highlighted_summary_type_0_item_item)

                highlighted_summary.append(highlighted_summary_type_0_item)

        else:
            highlighted_summary = self.highlighted_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET and (article_id is not None or "article_id" in self._received):
            field_dict["article_id"] = article_id
        if highlighted_title is not UNSET and (highlighted_title is not None or "highlighted_title" in self._received):
            field_dict["highlighted_title"] = highlighted_title
        if highlighted_summary is not UNSET and (
            highlighted_summary is not None or "highlighted_summary" in self._received
        ):
            field_dict["highlighted_summary"] = highlighted_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ArticleSearchHighlights:
            cls.__init__(self)
        self.article_id = src_dict.get("article_id")

        highlighted_title = src_dict.get("highlighted_title")
        if isinstance(highlighted_title, list):
            try:
                highlighted_title_type_0 = []
                _highlighted_title_type_0 = highlighted_title
                for highlighted_title_type_0_item_data in _highlighted_title_type_0:
                    highlighted_title_type_0_item = ArticleSearchHighlightsHighlightedTitleType0Item.from_dict(
                        highlighted_title_type_0_item_data
                    )

                    highlighted_title_type_0.append(highlighted_title_type_0_item)

                highlighted_title = highlighted_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.highlighted_title = highlighted_title

        highlighted_summary = src_dict.get("highlighted_summary")
        if isinstance(highlighted_summary, list):
            try:
                highlighted_summary_type_0 = []
                _highlighted_summary_type_0 = highlighted_summary
                for highlighted_summary_type_0_item_data in _highlighted_summary_type_0:
                    highlighted_summary_type_0_item = []
                    _highlighted_summary_type_0_item = highlighted_summary_type_0_item_data
                    for highlighted_summary_type_0_item_item_data in _highlighted_summary_type_0_item:
                        highlighted_summary_type_0_item_item = (
                            ArticleSearchHighlightsHighlightedSummaryType0ItemItem.from_dict(
                                highlighted_summary_type_0_item_item_data
                            )
                        )

                        highlighted_summary_type_0_item.append(highlighted_summary_type_0_item_item)

                    highlighted_summary_type_0.append(highlighted_summary_type_0_item)

                highlighted_summary = highlighted_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.highlighted_summary = highlighted_summary

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
        "article_id",
        "highlighted_title",
        "highlighted_summary",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ArticleSearchHighlightsHighlightedSummaryType0ItemItem, \
        ArticleSearchHighlightsHighlightedTitleType0Item
    from ..models.article_search_highlights_highlighted_summary_type_0_item_item import (
        ArticleSearchHighlightsHighlightedSummaryType0ItemItem,
    )
    from ..models.article_search_highlights_highlighted_title_type_0_item import (
        ArticleSearchHighlightsHighlightedTitleType0Item,
    )

    _lazy_loaded = True
