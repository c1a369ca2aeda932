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
        value (list[MultipleFilterSearchRequest | SingleFilterSearchRequest] | Unset):
    """

    operator: MultipleFilterSearchRequestOperator | Unset = UNSET
    value: list[MultipleFilterSearchRequest | SingleFilterSearchRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item: dict[str, Any]
                if isinstance(value_item_data, MultipleFilterSearchRequest):
                    value_item = value_item_data.to_dict()
                else:
                    value_item = value_item_data.to_dict()

                value.append(value_item)

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

        _value = d.pop("value", UNSET)
        value: list[MultipleFilterSearchRequest | SingleFilterSearchRequest] | Unset = UNSET
        if _value is not UNSET:
            value = []
            for value_item_data in _value:

                def _parse_value_item(data: object) -> MultipleFilterSearchRequest | SingleFilterSearchRequest:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasmultiple_or_single_filter_search_request_type_0 = (
                            MultipleFilterSearchRequest.from_dict(data)
                        )

                        return componentsschemasmultiple_or_single_filter_search_request_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasmultiple_or_single_filter_search_request_type_1 = (
                        SingleFilterSearchRequest.from_dict(data)
                    )

                    return componentsschemasmultiple_or_single_filter_search_request_type_1

                value_item = _parse_value_item(value_item_data)

                value.append(value_item)

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
