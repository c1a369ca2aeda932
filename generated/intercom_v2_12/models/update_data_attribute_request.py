from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataAttributeRequest")


@_attrs_define
class UpdateDataAttributeRequest:
    """
    Attributes:
        archived (bool | Unset): Whether the attribute is to be archived or not. Example: False.
        description (str | Unset): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        options (list[str] | Unset): To create list attributes. Provide a set of hashes with `value` as the key of the
            options you want to make. `data_type` must be `string`. Example: ['option1', 'option2'].
        messenger_writable (bool | Unset): Can this attribute be updated by the Messenger Example: False.
    """

    archived: bool | Unset = UNSET
    description: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    messenger_writable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        description = self.description

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        messenger_writable = self.messenger_writable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if description is not UNSET:
            field_dict["description"] = description
        if options is not UNSET:
            field_dict["options"] = options
        if messenger_writable is not UNSET:
            field_dict["messenger_writable"] = messenger_writable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        description = d.pop("description", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        messenger_writable = d.pop("messenger_writable", UNSET)

        update_data_attribute_request = cls(
            archived=archived,
            description=description,
            options=options,
            messenger_writable=messenger_writable,
        )

        update_data_attribute_request.additional_properties = d
        return update_data_attribute_request

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
