from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationAttachmentFiles")


@_attrs_define
class ConversationAttachmentFiles:
    """Properties of the attachment files in a conversation part

    Attributes:
        content_type (str | Unset): The content type of the file Example: application/json.
        data (str | Unset): The base64 encoded file data. Example: ewogICJ0ZXN0IjogMQp9.
        name (str | Unset): The name of the file. Example: test.json.
    """

    content_type: str | Unset = UNSET
    data: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        data = self.data

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if data is not UNSET:
            field_dict["data"] = data
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type", UNSET)

        data = d.pop("data", UNSET)

        name = d.pop("name", UNSET)

        conversation_attachment_files = cls(
            content_type=content_type,
            data=data,
            name=name,
        )

        conversation_attachment_files.additional_properties = d
        return conversation_attachment_files

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
