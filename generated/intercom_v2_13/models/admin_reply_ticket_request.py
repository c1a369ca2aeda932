from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_reply_ticket_request_message_type import AdminReplyTicketRequestMessageType
from ..models.admin_reply_ticket_request_type import AdminReplyTicketRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_reply_ticket_request_quick_reply_option import AdminReplyTicketRequestQuickReplyOption


T = TypeVar("T", bound="AdminReplyTicketRequest")


@_attrs_define
class AdminReplyTicketRequest:
    """Payload of the request to reply on behalf of an admin

    Attributes:
        message_type (AdminReplyTicketRequestMessageType):  Example: comment.
        type_ (AdminReplyTicketRequestType):  Example: admin.
        admin_id (str): The id of the admin who is authoring the comment. Example: 3156780.
        body (str | Unset): The text body of the reply. Notes accept some HTML formatting. Must be present for comment
            and note message types. Example: Hello there!.
        created_at (int | Unset): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        reply_options (list[AdminReplyTicketRequestQuickReplyOption] | Unset): The quick reply options to display. Must
            be present for quick_reply message types.
        attachment_urls (list[str] | Unset): A list of image URLs that will be added as attachments. You can include up
            to 10 URLs.
        cross_post (bool | Unset): If set to true, the note will be cross-posted to all linked conversations. Only
            applicable to note message types on back-office tickets. Example: True.
    """

    message_type: AdminReplyTicketRequestMessageType
    type_: AdminReplyTicketRequestType
    admin_id: str
    body: str | Unset = UNSET
    created_at: int | Unset = UNSET
    reply_options: list[AdminReplyTicketRequestQuickReplyOption] | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    cross_post: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        message_type = self.message_type.value

        type_ = self.type_.value

        admin_id = self.admin_id

        body = self.body

        created_at = self.created_at

        reply_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_options, Unset):
            reply_options = []
            for reply_options_item_data in self.reply_options:
                reply_options_item = reply_options_item_data.to_dict()
                reply_options.append(reply_options_item)

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        cross_post = self.cross_post

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if reply_options is not UNSET:
            field_dict["reply_options"] = reply_options
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if cross_post is not UNSET:
            field_dict["cross_post"] = cross_post

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        message_type = AdminReplyTicketRequestMessageType(d.pop("message_type"))

        type_ = AdminReplyTicketRequestType(d.pop("type"))

        admin_id = d.pop("admin_id")

        body = d.pop("body", UNSET)

        created_at = d.pop("created_at", UNSET)

        _reply_options = d.pop("reply_options", UNSET)
        reply_options: list[AdminReplyTicketRequestQuickReplyOption] | Unset = UNSET
        if _reply_options is not UNSET:
            reply_options = []
            for reply_options_item_data in _reply_options:
                reply_options_item = AdminReplyTicketRequestQuickReplyOption.from_dict(reply_options_item_data)

                reply_options.append(reply_options_item)

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        cross_post = d.pop("cross_post", UNSET)

        admin_reply_ticket_request = cls(
            message_type=message_type,
            type_=type_,
            admin_id=admin_id,
            body=body,
            created_at=created_at,
            reply_options=reply_options,
            attachment_urls=attachment_urls,
            cross_post=cross_post,
        )

        admin_reply_ticket_request.additional_properties = d
        return admin_reply_ticket_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, AdminReplyTicketRequestQuickReplyOption
    from ..models.admin_reply_ticket_request_quick_reply_option import AdminReplyTicketRequestQuickReplyOption

    _lazy_loaded = True
