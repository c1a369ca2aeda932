from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_conversation_attribute_request_reference_type import (
    UpdateConversationAttributeRequestReferenceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConversationAttributeRequestReference")


@_attrs_define
class UpdateConversationAttributeRequestReference:
    """(Relationship data type only) Reference configuration for related objects.

    Attributes:
        type_ (UpdateConversationAttributeRequestReferenceType): The cardinality of the relationship: `one` or `many`.
        object_type_id (str | Unset): The ID of the related custom object type.
    """

    type_: UpdateConversationAttributeRequestReferenceType
    object_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        object_type_id = self.object_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = UpdateConversationAttributeRequestReferenceType(d.pop("type"))

        object_type_id = d.pop("object_type_id", UNSET)

        update_conversation_attribute_request_reference = cls(
            type_=type_,
            object_type_id=object_type_id,
        )

        update_conversation_attribute_request_reference.additional_properties = d
        return update_conversation_attribute_request_reference

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
