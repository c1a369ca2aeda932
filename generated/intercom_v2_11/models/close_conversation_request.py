from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.close_conversation_request_message_type import CloseConversationRequestMessageType
from ..models.close_conversation_request_type import CloseConversationRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CloseConversationRequest")


@_attrs_define
class CloseConversationRequest:
    """Payload of the request to close a conversation

    Attributes:
        message_type (CloseConversationRequestMessageType):  Example: close.
        type_ (CloseConversationRequestType):  Example: admin.
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        body (str | Unset): Optionally you can leave a message in the conversation to provide additional context to the
            user and other teammates. Example:  This conversation is now closed!.
    """

    message_type: CloseConversationRequestMessageType
    type_: CloseConversationRequestType
    admin_id: str
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        type_ = self.type_.value

        admin_id = self.admin_id

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "type": type_,
                "admin_id": admin_id,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = CloseConversationRequestMessageType(d.pop("message_type"))

        type_ = CloseConversationRequestType(d.pop("type"))

        admin_id = d.pop("admin_id")

        body = d.pop("body", UNSET)

        close_conversation_request = cls(
            message_type=message_type,
            type_=type_,
            admin_id=admin_id,
            body=body,
        )

        close_conversation_request.additional_properties = d
        return close_conversation_request

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
