from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snooze_conversation_request_message_type import SnoozeConversationRequestMessageType

T = TypeVar("T", bound="SnoozeConversationRequest")


@_attrs_define
class SnoozeConversationRequest:
    """Payload of the request to snooze a conversation

    Attributes:
        message_type (SnoozeConversationRequestMessageType):  Example: snoozed.
        admin_id (str): The id of the admin who is performing the action. Example: 5017691.
        snoozed_until (int): The time you want the conversation to reopen. Example: 1673609604.
    """

    message_type: SnoozeConversationRequestMessageType
    admin_id: str
    snoozed_until: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        admin_id = self.admin_id

        snoozed_until = self.snoozed_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "admin_id": admin_id,
                "snoozed_until": snoozed_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = SnoozeConversationRequestMessageType(d.pop("message_type"))

        admin_id = d.pop("admin_id")

        snoozed_until = d.pop("snoozed_until")

        snooze_conversation_request = cls(
            message_type=message_type,
            admin_id=admin_id,
            snoozed_until=snoozed_until,
        )

        snooze_conversation_request.additional_properties = d
        return snooze_conversation_request

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
