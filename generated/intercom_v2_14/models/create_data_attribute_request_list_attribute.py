from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_data_attribute_request_list_attribute_data_type import (
    CreateDataAttributeRequestListAttributeDataType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_attribute_request_list_attribute_options_item import (
        CreateDataAttributeRequestListAttributeOptionsItem,
    )


T = TypeVar("T", bound="CreateDataAttributeRequestListAttribute")


@_attrs_define
class CreateDataAttributeRequestListAttribute:
    """
    Attributes:
        options (list[CreateDataAttributeRequestListAttributeOptionsItem]): Array of objects representing the options of
            the list, with `value` as the key and the option as the value. At least two options are required. Example:
            [{'value': '1-10'}, {'value': '11-50'}].
        data_type (CreateDataAttributeRequestListAttributeDataType | Unset):
    """

    options: list[CreateDataAttributeRequestListAttributeOptionsItem]
    data_type: CreateDataAttributeRequestListAttributeDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = CreateDataAttributeRequestListAttributeOptionsItem.from_dict(options_item_data)

            options.append(options_item)

        _data_type = d.pop("data_type", UNSET)
        data_type: CreateDataAttributeRequestListAttributeDataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = CreateDataAttributeRequestListAttributeDataType(_data_type)

        create_data_attribute_request_list_attribute = cls(
            options=options,
            data_type=data_type,
        )

        create_data_attribute_request_list_attribute.additional_properties = d
        return create_data_attribute_request_list_attribute

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
    global _lazy_loaded, CreateDataAttributeRequestListAttributeOptionsItem
    from ..models.create_data_attribute_request_list_attribute_options_item import (
        CreateDataAttributeRequestListAttributeOptionsItem,
    )

    _lazy_loaded = True
