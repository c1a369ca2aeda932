from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_response_pages_type_0_type import ContentSearchResponsePagesType0Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentSearchResponsePagesType0")


@_attrs_define
class ContentSearchResponsePagesType0:
    """Pagination metadata, including links to neighbouring pages.

    Attributes:
        type_ (ContentSearchResponsePagesType0Type | None | Unset):  Example: pages.
        page (int | None | Unset): The current page number. Example: 1.
        per_page (int | None | Unset): Number of results per page. Example: 10.
        total_pages (int | None | Unset): Total number of pages of results. Example: 1.
        next_ (None | str | Unset): A link to the next page of results, or null when on the last page. Example:
            https://api.intercom.io/content/search?query=billing&page=2.
        prev (None | str | Unset): A link to the previous page of results, or null when on the first page.
    """

    type_: ContentSearchResponsePagesType0Type | None | Unset = UNSET
    page: int | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    next_: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentSearchResponsePagesType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

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

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ContentSearchResponsePagesType0Type | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ContentSearchResponsePagesType0Type(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentSearchResponsePagesType0Type | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        content_search_response_pages_type_0 = cls(
            type_=type_,
            page=page,
            per_page=per_page,
            total_pages=total_pages,
            next_=next_,
            prev=prev,
        )

        content_search_response_pages_type_0.additional_properties = d
        return content_search_response_pages_type_0

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
