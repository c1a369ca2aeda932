from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_action_component_type import UrlActionComponentType

T = TypeVar("T", bound="UrlActionComponent")


@_attrs_define
class UrlActionComponent:
    """A URL action opens a given link in a new browser tab.

    Attributes:
        type_ (UrlActionComponentType): The type of action you are attaching to a component.
        url (str): The link you want to open.
    """

    type_: UrlActionComponentType
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
        type_ = UrlActionComponentType(d.pop("type"))

        url = d.pop("url")

        url_action_component = cls(
            type_=type_,
            url=url,
        )

        url_action_component.additional_properties = d
        return url_action_component

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
