from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_search_request_sort import ContactSearchRequestSort
    from ..models.multiple_filter_search_request import MultipleFilterSearchRequest
    from ..models.single_filter_search_request import SingleFilterSearchRequest
    from ..models.starting_after_paging import StartingAfterPaging


T = TypeVar("T", bound="ContactSearchRequest")


@_attrs_define
class ContactSearchRequest:
    """Search for contacts using Intercom's Search API.

    Attributes:
        query (MultipleFilterSearchRequest | SingleFilterSearchRequest):
        pagination (None | StartingAfterPaging | Unset):
        sort (ContactSearchRequestSort | Unset): An optional object to sort the results by.
    """

    query: MultipleFilterSearchRequest | SingleFilterSearchRequest
    pagination: None | StartingAfterPaging | Unset = UNSET
    sort: ContactSearchRequestSort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        query: dict[str, Any]
        if isinstance(self.query, SingleFilterSearchRequest):
            query = self.query.to_dict()
        else:
            query = self.query.to_dict()

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, StartingAfterPaging):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_query(data: object) -> MultipleFilterSearchRequest | SingleFilterSearchRequest:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = SingleFilterSearchRequest.from_dict(data)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            query_type_1 = MultipleFilterSearchRequest.from_dict(data)

            return query_type_1

        query = _parse_query(d.pop("query"))

        pagination = d.pop("pagination", UNSET)
        if isinstance(pagination, dict):
            try:
                pagination_type_0 = StartingAfterPaging.from_dict(pagination)

                pagination = pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _sort = d.pop("sort", UNSET)
        sort: ContactSearchRequestSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ContactSearchRequestSort.from_dict(_sort)

        contact_search_request = cls(
            query=query,
            pagination=pagination,
            sort=sort,
        )

        contact_search_request.additional_properties = d
        return contact_search_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ContactSearchRequestSort, \
        MultipleFilterSearchRequest, \
        SingleFilterSearchRequest, \
        StartingAfterPaging
    from ..models.contact_search_request_sort import ContactSearchRequestSort
    from ..models.multiple_filter_search_request import MultipleFilterSearchRequest
    from ..models.single_filter_search_request import SingleFilterSearchRequest
    from ..models.starting_after_paging import StartingAfterPaging

    _lazy_loaded = True
