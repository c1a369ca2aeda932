from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redact_conversation_request_redact_conversation_part_request_type import (
    RedactConversationRequestRedactConversationPartRequestType,
)

T = TypeVar("T", bound="RedactConversationRequestRedactConversationPartRequest")


@_attrs_define
class RedactConversationRequestRedactConversationPartRequest:
    """Payload of the request to redact a conversation part

    Attributes:
        type_ (RedactConversationRequestRedactConversationPartRequestType): The type of resource being redacted.
            Example: conversation_part.
        conversation_id (str): The id of the conversation. Example: 19894788788.
        conversation_part_id (str): The id of the conversation_part. Example: 19381789428.
    """

    type_: RedactConversationRequestRedactConversationPartRequestType
    conversation_id: str
    conversation_part_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        conversation_id = self.conversation_id

        conversation_part_id = self.conversation_part_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "conversation_id": conversation_id,
                "conversation_part_id": conversation_part_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RedactConversationRequestRedactConversationPartRequestType(d.pop("type"))

        conversation_id = d.pop("conversation_id")

        conversation_part_id = d.pop("conversation_part_id")

        redact_conversation_request_redact_conversation_part_request = cls(
            type_=type_,
            conversation_id=conversation_id,
            conversation_part_id=conversation_part_id,
        )

        redact_conversation_request_redact_conversation_part_request.additional_properties = d
        return redact_conversation_request_redact_conversation_part_request

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
