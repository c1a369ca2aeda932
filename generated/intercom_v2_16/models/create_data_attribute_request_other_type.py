from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_data_attribute_request_other_type_data_type import CreateDataAttributeRequestOtherTypeDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataAttributeRequestOtherType")


@_attrs_define
class CreateDataAttributeRequestOtherType:
    """
    Attributes:
        data_type (CreateDataAttributeRequestOtherTypeDataType | Unset):
    """

    data_type: CreateDataAttributeRequestOtherTypeDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data_type = d.pop("data_type", UNSET)
        data_type: CreateDataAttributeRequestOtherTypeDataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = CreateDataAttributeRequestOtherTypeDataType(_data_type)

        create_data_attribute_request_other_type = cls(
            data_type=data_type,
        )

        create_data_attribute_request_other_type.additional_properties = d
        return create_data_attribute_request_other_type

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
