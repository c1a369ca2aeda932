from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_search_request_sort_order import CompanySearchRequestSortOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanySearchRequestSort")


@_attrs_define
class CompanySearchRequestSort:
    """An optional object to sort the results by.

    Attributes:
        field (str | Unset): The field to sort the results on. Example: created_at.
        order (CompanySearchRequestSortOrder | Unset): The order to sort the results in. Defaults to `descending` when
            omitted. Values other than `ascending` or `descending` return a `400` error with code `invalid_sort_order`.
            Default: CompanySearchRequestSortOrder.DESCENDING. Example: descending.
    """

    field: str | Unset = UNSET
    order: CompanySearchRequestSortOrder | Unset = CompanySearchRequestSortOrder.DESCENDING
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _order = d.pop("order", UNSET)
        order: CompanySearchRequestSortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = CompanySearchRequestSortOrder(_order)

        company_search_request_sort = cls(
            field=field,
            order=order,
        )

        company_search_request_sort.additional_properties = d
        return company_search_request_sort

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
