from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.internal_article import InternalArticle


T = TypeVar("T", bound="InternalArticleSearchResponseDataType0")


@_attrs_define
class InternalArticleSearchResponseDataType0:
    """An object containing the results of the search.

    Attributes:
        internal_articles (list[InternalArticle] | None): An array of Internal Article objects
    """

    internal_articles: list[InternalArticle] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        internal_articles: list[dict[str, Any]] | None | Unset
        if isinstance(self.internal_articles, Unset):
            internal_articles = UNSET
        elif isinstance(self.internal_articles, list):
            internal_articles = []
            for internal_articles_type_0_item_data in self.internal_articles:
                internal_articles_type_0_item = internal_articles_type_0_item_data.to_dict()
                internal_articles.append(internal_articles_type_0_item)

        else:
            internal_articles = self.internal_articles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_articles is not UNSET and (internal_articles is not None or "internal_articles" in self._received):
            field_dict["internal_articles"] = internal_articles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not InternalArticleSearchResponseDataType0:
            cls.__init__(self)
        internal_articles = src_dict.get("internal_articles")
        if isinstance(internal_articles, list):
            try:
                internal_articles_type_0 = []
                _internal_articles_type_0 = internal_articles
                for internal_articles_type_0_item_data in _internal_articles_type_0:
                    internal_articles_type_0_item = InternalArticle.from_dict(internal_articles_type_0_item_data)

                    internal_articles_type_0.append(internal_articles_type_0_item)

                internal_articles = internal_articles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.internal_articles = internal_articles

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
        "internal_articles",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, InternalArticle
    from ..models.internal_article import InternalArticle

    _lazy_loaded = True
