from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConversationPartRequest")


@_attrs_define
class UpdateConversationPartRequest:
    """Payload for updating a conversation part. Supports two operations:
    1. Updating the send state of an external reply (requires `send_state` and `info_message`).
    2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
    Both operations require `experimental` and `secret` for HMAC authentication.

        Attributes:
            experimental (bool): Must be true to use this experimental endpoint. Example: True.
            secret (str): HMAC secret for authenticating the experimental request. Example: hmac_secret_value.
            send_state (str | Unset): The send state to set on the external reply. Example: sent.
            info_message (str | Unset): An informational message about the send state update. Example: Message delivered
                successfully.
            seen (bool | Unset): Set to true to mark the conversation part as seen. Example: True.
            admin_id (str | Unset): The id of the admin marking the part as seen. Example: 991267694.
    """

    experimental: bool
    secret: str
    send_state: str | Unset = UNSET
    info_message: str | Unset = UNSET
    seen: bool | Unset = UNSET
    admin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experimental = self.experimental

        secret = self.secret

        send_state = self.send_state

        info_message = self.info_message

        seen = self.seen

        admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimental": experimental,
                "secret": secret,
            }
        )
        if send_state is not UNSET:
            field_dict["send_state"] = send_state
        if info_message is not UNSET:
            field_dict["info_message"] = info_message
        if seen is not UNSET:
            field_dict["seen"] = seen
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        experimental = d.pop("experimental")

        secret = d.pop("secret")

        send_state = d.pop("send_state", UNSET)

        info_message = d.pop("info_message", UNSET)

        seen = d.pop("seen", UNSET)

        admin_id = d.pop("admin_id", UNSET)

        update_conversation_part_request = cls(
            experimental=experimental,
            secret=secret,
            send_state=send_state,
            info_message=info_message,
            seen=seen,
            admin_id=admin_id,
        )

        update_conversation_part_request.additional_properties = d
        return update_conversation_part_request

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
