from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_area_component_type import TextAreaComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextAreaComponent")


@_attrs_define
class TextAreaComponent:
    """A text area component is used to capture a large amount of text as input with a multi-line text box. You can submit
    the value of the text area by:

    - Using a ButtonComponent (which will submit all interactive components in the canvas)

        Attributes:
            type_ (TextAreaComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            label (str | Unset): The text shown above the text area.
            placeholder (str | Unset): An example value shown inside the component when it's empty.
            value (str | Unset): An entered value which is already inside the component.
            error (bool | Unset): Styles the input as failed. Default is false. Default: False.
            disabled (bool | Unset): Styles the input and prevents the action. Default is false. Default: False.
    """

    type_: TextAreaComponentType
    id: str
    label: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    value: str | Unset = UNSET
    error: bool | Unset = False
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        label = self.label

        placeholder = self.placeholder

        value = self.value

        error = self.error

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if value is not UNSET:
            field_dict["value"] = value
        if error is not UNSET:
            field_dict["error"] = error
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = TextAreaComponentType(d.pop("type"))

        id = d.pop("id")

        label = d.pop("label", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        value = d.pop("value", UNSET)

        error = d.pop("error", UNSET)

        disabled = d.pop("disabled", UNSET)

        text_area_component = cls(
            type_=type_,
            id=id,
            label=label,
            placeholder=placeholder,
            value=value,
            error=error,
            disabled=disabled,
        )

        text_area_component.additional_properties = d
        return text_area_component

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
