from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_reply_base_request_message_type import ContactReplyBaseRequestMessageType
from ..models.contact_reply_base_request_type import ContactReplyBaseRequestType
from ..types import UNSET, Unset
from .contact_reply_base_request import ContactReplyBaseRequest

if TYPE_CHECKING:
    from ..models.conversation_attachment_files import ConversationAttachmentFiles


T = TypeVar("T", bound="ContactReplyUserIdRequest")


@_attrs_define
class ContactReplyUserIdRequest(ContactReplyBaseRequest):
    """Payload of the request to reply on behalf of a contact using their `user_id`

    Attributes:
        message_type (ContactReplyBaseRequestMessageType):
        type_ (ContactReplyBaseRequestType):
        body (str): The text body of the comment.
        user_id (str): The external_id you have defined for the contact.
        attachment_urls (list[str] | Unset): A list of image URLs that will be added as attachments. You can include up
            to 10 URLs.
        attachment_files (list[ConversationAttachmentFiles] | Unset): A list of files that will be added as attachments.
            You can include up to 10 files.
    """

    message_type: ContactReplyBaseRequestMessageType
    type_: ContactReplyBaseRequestType
    body: str
    user_id: str
    attachment_urls: list[str] | Unset = UNSET
    attachment_files: list[ConversationAttachmentFiles] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        message_type = self.message_type.value

        type_ = self.type_.value

        body = self.body

        user_id = self.user_id

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        attachment_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachment_files, Unset):
            attachment_files = []
            for attachment_files_item_data in self.attachment_files:
                attachment_files_item = attachment_files_item_data.to_dict()
                attachment_files.append(attachment_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "type": type_,
                "body": body,
                "user_id": user_id,
            }
        )
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if attachment_files is not UNSET:
            field_dict["attachment_files"] = attachment_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        message_type = ContactReplyBaseRequestMessageType(d.pop("message_type"))

        type_ = ContactReplyBaseRequestType(d.pop("type"))

        body = d.pop("body")

        user_id = d.pop("user_id")

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        _attachment_files = d.pop("attachment_files", UNSET)
        attachment_files: list[ConversationAttachmentFiles] | Unset = UNSET
        if _attachment_files is not UNSET:
            attachment_files = []
            for attachment_files_item_data in _attachment_files:
                attachment_files_item = ConversationAttachmentFiles.from_dict(attachment_files_item_data)

                attachment_files.append(attachment_files_item)

        contact_reply_user_id_request = cls(
            message_type=message_type,
            type_=type_,
            body=body,
            user_id=user_id,
            attachment_urls=attachment_urls,
            attachment_files=attachment_files,
        )

        contact_reply_user_id_request.additional_properties = d
        return contact_reply_user_id_request

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
    global _lazy_loaded, ConversationAttachmentFiles
    from ..models.conversation_attachment_files import ConversationAttachmentFiles

    _lazy_loaded = True
