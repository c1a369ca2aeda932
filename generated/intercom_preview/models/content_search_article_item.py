from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_article_item_type import ContentSearchArticleItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.content_search_article_content_item import ContentSearchArticleContentItem


T = TypeVar("T", bound="ContentSearchArticleItem")


@_attrs_define
class ContentSearchArticleItem:
    """A help center article result from Knowledge Hub search, with one nested `article_content` entry per locale.

    Attributes:
        type_ (ContentSearchArticleItemType | None): Always `article`. Example: article.
        id (None | str): The unique identifier of the article. Example: 345.
        title (None | str): The article's canonical title. Example: Billing FAQ.
        contents (list[ContentSearchArticleContentItem] | None): One entry per locale of the article.
    """

    type_: ContentSearchArticleItemType | None = None
    id: None | str = None
    title: None | str = None
    contents: list[ContentSearchArticleContentItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentSearchArticleItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        contents: list[dict[str, Any]] | None | Unset
        if isinstance(self.contents, Unset):
            contents = UNSET
        elif isinstance(self.contents, list):
            contents = []
            for contents_type_0_item_data in self.contents:
                contents_type_0_item = contents_type_0_item_data.to_dict()
                contents.append(contents_type_0_item)

        else:
            contents = self.contents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if contents is not UNSET and (contents is not None or "contents" in self._received):
            field_dict["contents"] = contents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ContentSearchArticleItem:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContentSearchArticleItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        contents = src_dict.get("contents")
        if isinstance(contents, list):
            try:
                contents_type_0 = []
                _contents_type_0 = contents
                for contents_type_0_item_data in _contents_type_0:
                    contents_type_0_item = ContentSearchArticleContentItem.from_dict(contents_type_0_item_data)

                    contents_type_0.append(contents_type_0_item)

                contents = contents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.contents = contents

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
        "id",
        "title",
        "contents",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContentSearchArticleContentItem
    from ..models.content_search_article_content_item import ContentSearchArticleContentItem

    _lazy_loaded = True
