from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_article_content_item_type import ContentSearchArticleContentItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContentSearchArticleContentItem")


@_attrs_define
class ContentSearchArticleContentItem:
    """A single locale variant of a help center article returned from Knowledge Hub search.

    Attributes:
        type_ (ContentSearchArticleContentItemType | None): Always `article_content`. Example: article_content.
        id (None | str): The unique identifier of the article content. Example: 678.
        title (None | str): The localized title of the article. Example: Billing FAQ.
        locale (None | str): The locale of this article content. Example: en.
    """

    type_: ContentSearchArticleContentItemType | None = None
    id: None | str = None
    title: None | str = None
    locale: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentSearchArticleContentItemType):
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

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContentSearchArticleContentItem:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContentSearchArticleContentItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.locale = src_dict.get("locale")

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
        "locale",
    }
)
