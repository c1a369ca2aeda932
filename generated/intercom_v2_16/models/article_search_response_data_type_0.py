from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.article_search_highlights import ArticleSearchHighlights


T = TypeVar("T", bound="ArticleSearchResponseDataType0")


@_attrs_define
class ArticleSearchResponseDataType0:
    """An object containing the results of the search.

    Attributes:
        articles (list[Article] | None): An array of Article objects
        highlights (list[ArticleSearchHighlights] | None): A corresponding array of highlighted Article content
    """

    articles: list[Article] | None = None
    highlights: list[ArticleSearchHighlights] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        articles: list[dict[str, Any]] | None | Unset
        if isinstance(self.articles, Unset):
            articles = UNSET
        elif isinstance(self.articles, list):
            articles = []
            for articles_type_0_item_data in self.articles:
                articles_type_0_item = articles_type_0_item_data.to_dict()
                articles.append(articles_type_0_item)

        else:
            articles = self.articles

        highlights: list[dict[str, Any]] | None | Unset
        if isinstance(self.highlights, Unset):
            highlights = UNSET
        elif isinstance(self.highlights, list):
            highlights = []
            for highlights_type_0_item_data in self.highlights:
                highlights_type_0_item = highlights_type_0_item_data.to_dict()
                highlights.append(highlights_type_0_item)

        else:
            highlights = self.highlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if articles is not UNSET and (articles is not None or "articles" in self._received):
            field_dict["articles"] = articles
        if highlights is not UNSET and (highlights is not None or "highlights" in self._received):
            field_dict["highlights"] = highlights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ArticleSearchResponseDataType0:
            cls.__init__(self)
        articles = src_dict.get("articles")
        if isinstance(articles, list):
            try:
                articles_type_0 = []
                _articles_type_0 = articles
                for articles_type_0_item_data in _articles_type_0:
                    articles_type_0_item = Article.from_dict(articles_type_0_item_data)

                    articles_type_0.append(articles_type_0_item)

                articles = articles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.articles = articles

        highlights = src_dict.get("highlights")
        if isinstance(highlights, list):
            try:
                highlights_type_0 = []
                _highlights_type_0 = highlights
                for highlights_type_0_item_data in _highlights_type_0:
                    highlights_type_0_item = ArticleSearchHighlights.from_dict(highlights_type_0_item_data)

                    highlights_type_0.append(highlights_type_0_item)

                highlights = highlights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.highlights = highlights

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
        "articles",
        "highlights",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Article, ArticleSearchHighlights
    from ..models.article import Article
    from ..models.article_search_highlights import ArticleSearchHighlights

    _lazy_loaded = True
