from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sheet_action_component_type import SheetActionComponentType

T = TypeVar("T", bound="SheetActionComponent")


@_attrs_define
class SheetActionComponent:
    """A sheet action opens the link you give within the Messenger as an embedded iframe.

    [More on how Sheets work is in our Canvas Kit documentation.](https://developers.intercom.com/docs/canvas-
    kit#sheets-optional)

        Attributes:
            type_ (SheetActionComponentType): The type of action you are attaching to a component.
            url (str): The link which hosts your sheet.
    """

    type_: SheetActionComponentType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SheetActionComponentType(d.pop("type"))

        url = d.pop("url")

        sheet_action_component = cls(
            type_=type_,
            url=url,
        )

        sheet_action_component.additional_properties = d
        return sheet_action_component

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
