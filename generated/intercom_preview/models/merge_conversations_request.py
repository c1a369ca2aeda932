from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MergeConversationsRequest")


@_attrs_define
class MergeConversationsRequest:
    """Payload to merge a secondary conversation into a primary conversation.

    Attributes:
        merge_into_conversation_id (int): The ID of the primary (target) conversation to merge into. Example: 456.
    """

    merge_into_conversation_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merge_into_conversation_id = self.merge_into_conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merge_into_conversation_id": merge_into_conversation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        merge_into_conversation_id = d.pop("merge_into_conversation_id")

        merge_conversations_request = cls(
            merge_into_conversation_id=merge_into_conversation_id,
        )

        merge_conversations_request.additional_properties = d
        return merge_conversations_request

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
