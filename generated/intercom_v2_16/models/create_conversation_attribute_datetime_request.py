from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversation_attribute_datetime_request_data_type import (
    CreateConversationAttributeDatetimeRequestDataType,
)
from ..types import UNSET, Unset
from .create_conversation_attribute_request_base import CreateConversationAttributeRequestBase

T = TypeVar("T", bound="CreateConversationAttributeDatetimeRequest")


@_attrs_define
class CreateConversationAttributeDatetimeRequest(CreateConversationAttributeRequestBase):
    """
    Attributes:
        name (str): Name of the attribute. Example: api_test_attr.
        data_type (CreateConversationAttributeDatetimeRequestDataType): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        description (str | Unset): Readable description of the attribute. Example: Created via API test.
        required (bool | Unset): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
    """

    name: str
    data_type: CreateConversationAttributeDatetimeRequestDataType
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    visible_to_team_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type.value

        description = self.description

        required = self.required

        visible_to_team_ids: list[str] | Unset = UNSET
        if not isinstance(self.visible_to_team_ids, Unset):
            visible_to_team_ids = self.visible_to_team_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if visible_to_team_ids is not UNSET:
            field_dict["visible_to_team_ids"] = visible_to_team_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        data_type = CreateConversationAttributeDatetimeRequestDataType(d.pop("data_type"))

        description = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        visible_to_team_ids = cast(list[str], d.pop("visible_to_team_ids", UNSET))

        create_conversation_attribute_datetime_request = cls(
            name=name,
            data_type=data_type,
            description=description,
            required=required,
            visible_to_team_ids=visible_to_team_ids,
        )

        create_conversation_attribute_datetime_request.additional_properties = d
        return create_conversation_attribute_datetime_request

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
