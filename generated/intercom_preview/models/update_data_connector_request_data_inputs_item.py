from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_data_connector_request_data_inputs_item_type import UpdateDataConnectorRequestDataInputsItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataConnectorRequestDataInputsItem")


@_attrs_define
class UpdateDataConnectorRequestDataInputsItem:
    """
    Attributes:
        name (str | Unset): The name of the input parameter. Example: order_id.
        type_ (UpdateDataConnectorRequestDataInputsItemType | Unset): The data type of the input. Example: string.
        description (str | Unset): A description of the input parameter. Required for each input. Example: The order ID
            to look up.
        required (bool | Unset): Whether this input is required. Example: True.
        default_value (str | Unset): The default value for this input, if any.
    """

    name: str | Unset = UNSET
    type_: UpdateDataConnectorRequestDataInputsItemType | Unset = UNSET
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        required = self.required

        default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateDataConnectorRequestDataInputsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateDataConnectorRequestDataInputsItemType(_type_)

        description = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        default_value = d.pop("default_value", UNSET)

        update_data_connector_request_data_inputs_item = cls(
            name=name,
            type_=type_,
            description=description,
            required=required,
            default_value=default_value,
        )

        update_data_connector_request_data_inputs_item.additional_properties = d
        return update_data_connector_request_data_inputs_item

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
