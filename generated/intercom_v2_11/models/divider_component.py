from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.divider_component_bottom_margin import DividerComponentBottomMargin
from ..models.divider_component_type import DividerComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DividerComponent")


@_attrs_define
class DividerComponent:
    """A divider component is used to separate components with a line.

    Attributes:
        type_ (DividerComponentType): The type of component you are rendering.
        id (str | Unset): A unique identifier for the component.
        bottom_margin (DividerComponentBottomMargin | Unset): Disables a component's margin-bottom of 10px.
    """

    type_: DividerComponentType
    id: str | Unset = UNSET
    bottom_margin: DividerComponentBottomMargin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        bottom_margin: str | Unset = UNSET
        if not isinstance(self.bottom_margin, Unset):
            bottom_margin = self.bottom_margin.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if bottom_margin is not UNSET:
            field_dict["bottom_margin"] = bottom_margin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = DividerComponentType(d.pop("type"))

        id = d.pop("id", UNSET)

        _bottom_margin = d.pop("bottom_margin", UNSET)
        bottom_margin: DividerComponentBottomMargin | Unset
        if isinstance(_bottom_margin, Unset):
            bottom_margin = UNSET
        else:
            bottom_margin = DividerComponentBottomMargin(_bottom_margin)

        divider_component = cls(
            type_=type_,
            id=id,
            bottom_margin=bottom_margin,
        )

        divider_component.additional_properties = d
        return divider_component

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
