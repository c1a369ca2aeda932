from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redact_conversation_request_redact_conversation_source_request_type import (
    RedactConversationRequestRedactConversationSourceRequestType,
)

T = TypeVar("T", bound="RedactConversationRequestRedactConversationSourceRequest")


@_attrs_define
class RedactConversationRequestRedactConversationSourceRequest:
    """Payload of the request to redact a conversation source

    Attributes:
        type_ (RedactConversationRequestRedactConversationSourceRequestType): The type of resource being redacted.
            Example: source.
        conversation_id (str): The id of the conversation. Example: 19894788788.
        source_id (str): The id of the source. Example: 19894781231.
    """

    type_: RedactConversationRequestRedactConversationSourceRequestType
    conversation_id: str
    source_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        conversation_id = self.conversation_id

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "conversation_id": conversation_id,
                "source_id": source_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RedactConversationRequestRedactConversationSourceRequestType(d.pop("type"))

        conversation_id = d.pop("conversation_id")

        source_id = d.pop("source_id")

        redact_conversation_request_redact_conversation_source_request = cls(
            type_=type_,
            conversation_id=conversation_id,
            source_id=source_id,
        )

        redact_conversation_request_redact_conversation_source_request.additional_properties = d
        return redact_conversation_request_redact_conversation_source_request

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
