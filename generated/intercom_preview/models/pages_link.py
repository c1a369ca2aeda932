from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pages_link_type import PagesLinkType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="PagesLink")


@_attrs_define
class PagesLink:
    """The majority of list resources in the API are paginated to allow clients to traverse data over multiple requests.

    Their responses are likely to contain a pages object that hosts pagination links which a client can use to paginate
    through the data without having to construct a query. The link relations for the pages field are as follows.

        Attributes:
            type_ (None | PagesLinkType):  Example: pages.
            page (int | None):  Example: 1.
            next_ (None | str): A link to the next page of results. A response that does not contain a next link does not
                have further data to fetch.
            per_page (int | None):  Example: 50.
            total_pages (int | None):  Example: 1.
    """

    type_: None | PagesLinkType = None
    page: int | None = None
    next_: None | str = None
    per_page: int | None = None
    total_pages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PagesLinkType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if page is not UNSET and (page is not None or "page" in self._received):
            field_dict["page"] = page
        if next_ is not UNSET and (next_ is not None or "next" in self._received):
            field_dict["next"] = next_
        if per_page is not UNSET and (per_page is not None or "per_page" in self._received):
            field_dict["per_page"] = per_page
        if total_pages is not UNSET and (total_pages is not None or "total_pages" in self._received):
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not PagesLink:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = PagesLinkType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.page = src_dict.get("page")

        self.next_ = src_dict.get("next")

        self.per_page = src_dict.get("per_page")

        self.total_pages = src_dict.get("total_pages")

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
        "page",
        "next",
        "per_page",
        "total_pages",
    }
)
