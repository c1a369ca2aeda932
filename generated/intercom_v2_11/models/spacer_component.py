from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spacer_component_size import SpacerComponentSize
from ..models.spacer_component_type import SpacerComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpacerComponent")


@_attrs_define
class SpacerComponent:
    """A spacer component is used to create empty space between components.

    Attributes:
        type_ (SpacerComponentType): The type of component you are rendering.
        id (str | Unset): A unique identifier for the component.
        size (SpacerComponentSize | Unset): The amount of space between components. Default is `s`. Default:
            SpacerComponentSize.S.
    """

    type_: SpacerComponentType
    id: str | Unset = UNSET
    size: SpacerComponentSize | Unset = SpacerComponentSize.S
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SpacerComponentType(d.pop("type"))

        id = d.pop("id", UNSET)

        _size = d.pop("size", UNSET)
        size: SpacerComponentSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = SpacerComponentSize(_size)

        spacer_component = cls(
            type_=type_,
            id=id,
            size=size,
        )

        spacer_component.additional_properties = d
        return spacer_component

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
