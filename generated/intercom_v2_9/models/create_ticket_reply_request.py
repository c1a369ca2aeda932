from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketReplyRequest")


@_attrs_define
class CreateTicketReplyRequest:
    """
    Attributes:
        body (str): The message body of the note, which may contain HTML. Example: <p>Okay!</p>.
        admin_id (str): The id of the admin who is making the note. Example: 1234.
        message_type (str | Unset): The type of the reply. Only `note` is supported at the moment. Default: 'note'.
            Example: note.
    """

    body: str
    admin_id: str
    message_type: str | Unset = "note"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        admin_id = self.admin_id

        message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "admin_id": admin_id,
            }
        )
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        admin_id = d.pop("admin_id")

        message_type = d.pop("message_type", UNSET)

        create_ticket_reply_request = cls(
            body=body,
            admin_id=admin_id,
            message_type=message_type,
        )

        create_ticket_reply_request.additional_properties = d
        return create_ticket_reply_request

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
