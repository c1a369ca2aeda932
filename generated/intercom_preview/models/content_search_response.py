from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_response_type import ContentSearchResponseType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.content_search_article_item import ContentSearchArticleItem
    from ..models.content_search_default_item import ContentSearchDefaultItem
    from ..models.content_search_response_pages_type_0 import ContentSearchResponsePagesType0


T = TypeVar("T", bound="ContentSearchResponse")


@_attrs_define
class ContentSearchResponse:
    """A paginated list of Knowledge Hub content results matching a search query.

    Attributes:
        type_ (ContentSearchResponseType | None): Always `list`. Example: list.
        total_count (int | None): Total number of results matching the query. Example: 5.
        pages (ContentSearchResponsePagesType0 | None): Pagination metadata, including links to neighbouring pages.
        data (list[ContentSearchArticleItem | ContentSearchDefaultItem] | None): The list of matched content items. Each
            item's `type` field determines its shape.
    """

    type_: ContentSearchResponseType | None = None
    total_count: int | None = None
    pages: ContentSearchResponsePagesType0 | None = None
    data: list[ContentSearchArticleItem | ContentSearchDefaultItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentSearchResponseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, ContentSearchResponsePagesType0):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if isinstance(data_type_0_item_data, ContentSearchDefaultItem) or isinstance(
                    data_type_0_item_data, ContentSearchArticleItem
                ):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages
        if data is not UNSET and (data is not None or "data" in self._received):
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ContentSearchResponse:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContentSearchResponseType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.total_count = src_dict.get("total_count")

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = ContentSearchResponsePagesType0.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:

                    def _parse_data_type_0_item(data: object) -> ContentSearchArticleItem | ContentSearchDefaultItem:
                        if not isinstance(data, dict):
                            return cast(ContentSearchArticleItem | ContentSearchDefaultItem, data)
                        discriminator_value = data.get("type")
                        if (
                            discriminator_value == "content_snippet"
                            or discriminator_value == "external_content"
                            or discriminator_value == "file_source_content"
                            or discriminator_value == "internal_article"
                        ):
                            componentsschemascontent_search_result_type_0 = ContentSearchDefaultItem.from_dict(data)

                            return componentsschemascontent_search_result_type_0
                        if discriminator_value == "article":
                            componentsschemascontent_search_result_type_1 = ContentSearchArticleItem.from_dict(data)

                            return componentsschemascontent_search_result_type_1
                        # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
                        return cast(ContentSearchArticleItem | ContentSearchDefaultItem, data)

                    data_type_0_item = _parse_data_type_0_item(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data = data

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
        "total_count",
        "pages",
        "data",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContentSearchArticleItem, ContentSearchDefaultItem, ContentSearchResponsePagesType0
    from ..models.content_search_article_item import ContentSearchArticleItem
    from ..models.content_search_default_item import ContentSearchDefaultItem
    from ..models.content_search_response_pages_type_0 import ContentSearchResponsePagesType0

    _lazy_loaded = True
