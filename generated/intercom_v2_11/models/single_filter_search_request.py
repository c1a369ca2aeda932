from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.single_filter_search_request_operator import SingleFilterSearchRequestOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleFilterSearchRequest")


@_attrs_define
class SingleFilterSearchRequest:
    """Search using Intercoms Search APIs with a single filter.

    Attributes:
        field (str | Unset): The accepted field that you want to search on. Example: created_at.
        operator (SingleFilterSearchRequestOperator | Unset): The accepted operators you can use to define how you want
            to search for the value. Operator support depends on the field's data type. The breakdown below is for Contacts
            search; the other search endpoints that share this schema accept a different set per field:
            - `string` fields: `=`, `!=`, `IN`, `NIN`, `~`, `!~`, `^`, `$`
            - `tag_id`: `=` and `!=` only. Every other operator returns an error.
            - `boolean` fields: `=`, `!=`, `IN`, `NIN`
            - `integer` fields: `=`, `!=`, `IN`, `NIN`, `<`, `>`, `<=`, `>=`
            - `date` fields (all standard timestamp attributes and date custom attributes): `=`, `<`, `>` only. `!=`, `<=`,
            `>=`, `IN`, and `NIN` are not supported and return an error. Example: >.
        value (bool | int | list[int] | list[str] | None | str | Unset): The value that you want to search on. Example:
            73732934.
    """

    field: str | Unset = UNSET
    operator: SingleFilterSearchRequestOperator | Unset = UNSET
    value: bool | int | list[int] | list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: bool | int | list[int] | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list) or isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: SingleFilterSearchRequestOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = SingleFilterSearchRequestOperator(_operator)

        value = d.pop("value", UNSET)

        single_filter_search_request = cls(
            field=field,
            operator=operator,
            value=value,
        )

        single_filter_search_request.additional_properties = d
        return single_filter_search_request

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
