from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiple_filter_search_request_operator import MultipleFilterSearchRequestOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.single_filter_search_request import SingleFilterSearchRequest


T = TypeVar("T", bound="MultipleFilterSearchRequest")


@_attrs_define
class MultipleFilterSearchRequest:
    """Search using Intercoms Search APIs with more than one filter.

    Attributes:
        operator (MultipleFilterSearchRequestOperator | Unset): An operator to allow boolean inspection between multiple
            fields. Example: AND.
        value (list[MultipleFilterSearchRequest] | list[SingleFilterSearchRequest] | Unset):
    """

    operator: MultipleFilterSearchRequestOperator | Unset = UNSET
    value: list[MultipleFilterSearchRequest] | list[SingleFilterSearchRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[dict[str, Any]] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = []
            for value_multiple_filter_search_request_item_data in self.value:
                value_multiple_filter_search_request_item = value_multiple_filter_search_request_item_data.to_dict()
                value.append(value_multiple_filter_search_request_item)

        else:
            value = []
            for value_single_filter_search_request_item_data in self.value:
                value_single_filter_search_request_item = value_single_filter_search_request_item_data.to_dict()
                value.append(value_single_filter_search_request_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: MultipleFilterSearchRequestOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = MultipleFilterSearchRequestOperator(_operator)

        def _parse_value(data: object) -> list[MultipleFilterSearchRequest] | list[SingleFilterSearchRequest] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_multiple_filter_search_request = []
                _value_multiple_filter_search_request = data
                for value_multiple_filter_search_request_item_data in _value_multiple_filter_search_request:
                    value_multiple_filter_search_request_item = MultipleFilterSearchRequest.from_dict(
                        value_multiple_filter_search_request_item_data
                    )

                    value_multiple_filter_search_request.append(value_multiple_filter_search_request_item)

                return value_multiple_filter_search_request
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            value_single_filter_search_request = []
            _value_single_filter_search_request = data
            for value_single_filter_search_request_item_data in _value_single_filter_search_request:
                value_single_filter_search_request_item = SingleFilterSearchRequest.from_dict(
                    value_single_filter_search_request_item_data
                )

                value_single_filter_search_request.append(value_single_filter_search_request_item)

            return value_single_filter_search_request

        value = _parse_value(d.pop("value", UNSET))

        multiple_filter_search_request = cls(
            operator=operator,
            value=value,
        )

        multiple_filter_search_request.additional_properties = d
        return multiple_filter_search_request

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
    global _lazy_loaded, SingleFilterSearchRequest
    from ..models.single_filter_search_request import SingleFilterSearchRequest

    _lazy_loaded = True
