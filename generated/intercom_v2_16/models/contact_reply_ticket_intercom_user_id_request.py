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
    from ..models.contact_reply_base_request_quick_reply_option import ContactReplyBaseRequestQuickReplyOption


T = TypeVar("T", bound="ContactReplyTicketIntercomUserIdRequest")


@_attrs_define
class ContactReplyTicketIntercomUserIdRequest(ContactReplyBaseRequest):
    """Payload of the request to reply on behalf of a contact using their `intercom_user_id`

    Attributes:
        message_type (ContactReplyBaseRequestMessageType):
        type_ (ContactReplyBaseRequestType):
        body (str): The text body of the comment.
        intercom_user_id (str): The identifier for the contact as given by Intercom.
        created_at (int | Unset): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        attachment_urls (list[str] | Unset): A list of image URLs that will be added as attachments. You can include up
            to 10 URLs.
        reply_options (list[ContactReplyBaseRequestQuickReplyOption] | Unset): The quick reply selection the contact
            wishes to respond with. These map to buttons displayed in the Messenger UI if sent by a bot, or the reply
            options sent by an Admin via the API.
    """

    message_type: ContactReplyBaseRequestMessageType
    type_: ContactReplyBaseRequestType
    body: str
    intercom_user_id: str
    created_at: int | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    reply_options: list[ContactReplyBaseRequestQuickReplyOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        message_type = self.message_type.value

        type_ = self.type_.value

        body = self.body

        intercom_user_id = self.intercom_user_id

        created_at = self.created_at

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        reply_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_options, Unset):
            reply_options = []
            for reply_options_item_data in self.reply_options:
                reply_options_item = reply_options_item_data.to_dict()
                reply_options.append(reply_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "type": type_,
                "body": body,
                "intercom_user_id": intercom_user_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if reply_options is not UNSET:
            field_dict["reply_options"] = reply_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        message_type = ContactReplyBaseRequestMessageType(d.pop("message_type"))

        type_ = ContactReplyBaseRequestType(d.pop("type"))

        body = d.pop("body")

        intercom_user_id = d.pop("intercom_user_id")

        created_at = d.pop("created_at", UNSET)

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        _reply_options = d.pop("reply_options", UNSET)
        reply_options: list[ContactReplyBaseRequestQuickReplyOption] | Unset = UNSET
        if _reply_options is not UNSET:
            reply_options = []
            for reply_options_item_data in _reply_options:
                reply_options_item = ContactReplyBaseRequestQuickReplyOption.from_dict(reply_options_item_data)

                reply_options.append(reply_options_item)

        contact_reply_ticket_intercom_user_id_request = cls(
            message_type=message_type,
            type_=type_,
            body=body,
            intercom_user_id=intercom_user_id,
            created_at=created_at,
            attachment_urls=attachment_urls,
            reply_options=reply_options,
        )

        contact_reply_ticket_intercom_user_id_request.additional_properties = d
        return contact_reply_ticket_intercom_user_id_request

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
    global _lazy_loaded, ContactReplyBaseRequestQuickReplyOption
    from ..models.contact_reply_base_request_quick_reply_option import ContactReplyBaseRequestQuickReplyOption

    _lazy_loaded = True
