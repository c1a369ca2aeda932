from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_object_category import LinkedObjectCategory
from ..models.linked_object_type import LinkedObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkedObject")


@_attrs_define
class LinkedObject:
    """A linked conversation or ticket.

    Attributes:
        type_ (LinkedObjectType | None | Unset): ticket or conversation Example: ticket.
        id (None | str | Unset): The ID of the linked object Example: 7583.
        category (LinkedObjectCategory | None | Unset): Category of the Linked Ticket Object. Example: Customer.
    """

    type_: LinkedObjectType | None | Unset = UNSET
    id: None | str | Unset = UNSET
    category: LinkedObjectCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LinkedObjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, LinkedObjectCategory):
            category = self.category.value
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> LinkedObjectType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = LinkedObjectType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedObjectType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id = d.pop("id", UNSET)

        def _parse_category(data: object) -> LinkedObjectCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_1 = LinkedObjectCategory(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedObjectCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        linked_object = cls(
            type_=type_,
            id=id,
            category=category,
        )

        linked_object.additional_properties = d
        return linked_object

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
