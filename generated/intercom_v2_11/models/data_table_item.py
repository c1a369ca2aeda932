from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_table_item_type import DataTableItemType

T = TypeVar("T", bound="DataTableItem")


@_attrs_define
class DataTableItem:
    """A field-value pair component for use in a data table.

    Attributes:
        type_ (DataTableItemType): The type of component you are rendering.
        field (str): The text of the key in your key-value pair.
        value (str): The text of the value in your key-value pair.
    """

    type_: DataTableItemType
    field: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field = self.field

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "field": field,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = DataTableItemType(d.pop("type"))

        field = d.pop("field")

        value = d.pop("value")

        data_table_item = cls(
            type_=type_,
            field=field,
            value=value,
        )

        data_table_item.additional_properties = d
        return data_table_item

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
