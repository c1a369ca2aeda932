from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paginated_response_type import PaginatedResponseType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.cursor_pages import CursorPages
    from ..models.news_item import NewsItem
    from ..models.newsfeed import Newsfeed


T = TypeVar("T", bound="PaginatedResponse")


@_attrs_define
class PaginatedResponse:
    """Paginated Response

    Attributes:
        type_ (None | PaginatedResponseType): The type of object Example: list.
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of objects. Example: 1.
        data (list[Newsfeed | NewsItem] | None): An array of Objects
    """

    type_: None | PaginatedResponseType = None
    pages: CursorPages | None = None
    total_count: int | None = None
    data: list[Newsfeed | NewsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaginatedResponseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, CursorPages):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if isinstance(data_type_0_item_data, NewsItem) or isinstance(data_type_0_item_data, Newsfeed):
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
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if data is not UNSET and (data is not None or "data" in self._received):
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not PaginatedResponse:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = PaginatedResponseType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = CursorPages.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

        self.total_count = src_dict.get("total_count")

        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:

                    def _parse_data_type_0_item(data: object) -> Newsfeed | NewsItem:
                        if not isinstance(data, dict):
                            return cast(Newsfeed | NewsItem, data)
                        discriminator_value = data.get("type")
                        if discriminator_value == "news-item":
                            data_type_0_item_type_0 = NewsItem.from_dict(data)

                            return data_type_0_item_type_0
                        if discriminator_value == "newsfeed":
                            data_type_0_item_type_1 = Newsfeed.from_dict(data)

                            return data_type_0_item_type_1
                        # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
                        return cast(Newsfeed | NewsItem, data)

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
        "pages",
        "total_count",
        "data",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CursorPages, Newsfeed, NewsItem
    from ..models.cursor_pages import CursorPages
    from ..models.news_item import NewsItem
    from ..models.newsfeed import Newsfeed

    _lazy_loaded = True
