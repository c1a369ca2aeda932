from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_conversation_request_message_type import OpenConversationRequestMessageType

T = TypeVar("T", bound="OpenConversationRequest")


@_attrs_define
class OpenConversationRequest:
    """Payload of the request to open a conversation

    Attributes:
        message_type (OpenConversationRequestMessageType):  Example: open.
        admin_id (str): The id of the admin who is performing the action. Example: 5017690.
    """

    message_type: OpenConversationRequestMessageType
    admin_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "admin_id": admin_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = OpenConversationRequestMessageType(d.pop("message_type"))

        admin_id = d.pop("admin_id")

        open_conversation_request = cls(
            message_type=message_type,
            admin_id=admin_id,
        )

        open_conversation_request.additional_properties = d
        return open_conversation_request

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
