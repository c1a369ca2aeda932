from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assign_conversation_request_message_type import AssignConversationRequestMessageType
from ..models.assign_conversation_request_type import AssignConversationRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignConversationRequest")


@_attrs_define
class AssignConversationRequest:
    """Payload of the request to assign a conversation

    Attributes:
        message_type (AssignConversationRequestMessageType):  Example: assignment.
        type_ (AssignConversationRequestType):  Example: admin.
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        assignee_id (str): The `id` of the `admin` or `team` which will be assigned the conversation. A conversation can
            be assigned both an admin and a team.\\nSet `0` if you want this assign to no admin or team (ie. Unassigned).
            Example: 4324241.
        body (str | Unset): Optionally you can send a response in the conversation when it is assigned. Example: Let me
            pass you over to one of my colleagues..
    """

    message_type: AssignConversationRequestMessageType
    type_: AssignConversationRequestType
    admin_id: str
    assignee_id: str
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        type_ = self.type_.value

        admin_id = self.admin_id

        assignee_id = self.assignee_id

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "type": type_,
                "admin_id": admin_id,
                "assignee_id": assignee_id,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = AssignConversationRequestMessageType(d.pop("message_type"))

        type_ = AssignConversationRequestType(d.pop("type"))

        admin_id = d.pop("admin_id")

        assignee_id = d.pop("assignee_id")

        body = d.pop("body", UNSET)

        assign_conversation_request = cls(
            message_type=message_type,
            type_=type_,
            admin_id=admin_id,
            assignee_id=assignee_id,
            body=body,
        )

        assign_conversation_request.additional_properties = d
        return assign_conversation_request

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
