from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_tags_type_0_tags_type_0_item_type import VisitorTagsType0TagsType0ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorTagsType0TagsType0Item")


@_attrs_define
class VisitorTagsType0TagsType0Item:
    """
    Attributes:
        type_ (None | Unset | VisitorTagsType0TagsType0ItemType): The type of the object Example: tag.
        id (None | str | Unset): The id of the tag. Example: 8482.
        name (None | str | Unset): The name of the tag. Example: tag_name.
    """

    type_: None | Unset | VisitorTagsType0TagsType0ItemType = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VisitorTagsType0TagsType0ItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | VisitorTagsType0TagsType0ItemType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = VisitorTagsType0TagsType0ItemType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisitorTagsType0TagsType0ItemType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        visitor_tags_type_0_tags_type_0_item = cls(
            type_=type_,
            id=id,
            name=name,
        )

        visitor_tags_type_0_tags_type_0_item.additional_properties = d
        return visitor_tags_type_0_tags_type_0_item

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
