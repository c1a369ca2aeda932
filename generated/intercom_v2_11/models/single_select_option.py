from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.single_select_option_type import SingleSelectOptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleSelectOption")


@_attrs_define
class SingleSelectOption:
    """A single select option component that can be selected.

    Attributes:
        type_ (SingleSelectOptionType): The type of component you are rendering.
        id (str): A unique identifier for the option.
        text (str): The text shown within this option.
        disabled (bool | Unset): Styles the option and prevents the action. Default is false. Default: False.
    """

    type_: SingleSelectOptionType
    id: str
    text: str
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        text = self.text

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "text": text,
            }
        )
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SingleSelectOptionType(d.pop("type"))

        id = d.pop("id")

        text = d.pop("text")

        disabled = d.pop("disabled", UNSET)

        single_select_option = cls(
            type_=type_,
            id=id,
            text=text,
            disabled=disabled,
        )

        single_select_option.additional_properties = d
        return single_select_option

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
