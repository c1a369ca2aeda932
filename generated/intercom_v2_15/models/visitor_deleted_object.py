from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_deleted_object_type import VisitorDeletedObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorDeletedObject")


@_attrs_define
class VisitorDeletedObject:
    """Response returned when an object is deleted

    Attributes:
        id (str | Unset): The unique identifier for the visitor which is given by Intercom. Example:
            530370b477ad7120001d.
        type_ (VisitorDeletedObjectType | Unset): The type of object which was deleted Example: visitor.
        user_id (str | Unset): Automatically generated identifier for the Visitor. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
    """

    id: str | Unset = UNSET
    type_: VisitorDeletedObjectType | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VisitorDeletedObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VisitorDeletedObjectType(_type_)

        user_id = d.pop("user_id", UNSET)

        visitor_deleted_object = cls(
            id=id,
            type_=type_,
            user_id=user_id,
        )

        visitor_deleted_object.additional_properties = d
        return visitor_deleted_object

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
