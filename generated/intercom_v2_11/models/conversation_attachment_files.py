from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationAttachmentFiles")


@_attrs_define
class ConversationAttachmentFiles:
    """Properties of the attachment files in a conversation part

    Attributes:
        content_type (str): The content type of the file Example: application/json.
        data (str): The base64 encoded file data. Example: ewogICJ0ZXN0IjogMQp9.
        name (str): The name of the file. Example: test.json.
    """

    content_type: str
    data: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        data = self.data

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "data": data,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        data = d.pop("data")

        name = d.pop("name")

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
