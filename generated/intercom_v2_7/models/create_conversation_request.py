from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_conversation_request_from import CreateConversationRequestFrom


T = TypeVar("T", bound="CreateConversationRequest")


@_attrs_define
class CreateConversationRequest:
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

        Attributes:
            from_ (CreateConversationRequestFrom):
            body (str): The content of the message. HTML is not supported. Example: Hello.
            subject (str | Unset): The title of the email. Only applicable if the message type is email. Example: Thanks for
                everything.
            attachment_urls (list[str] | Unset): A list of image URLs that will be added as attachments. You can include up
                to 10 URLs.
    """

    from_: CreateConversationRequestFrom
    body: str
    subject: str | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        from_ = self.from_.to_dict()

        body = self.body

        subject = self.subject

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "body": body,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        from_ = CreateConversationRequestFrom.from_dict(d.pop("from"))

        body = d.pop("body")

        subject = d.pop("subject", UNSET)

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        create_conversation_request = cls(
            from_=from_,
            body=body,
            subject=subject,
            attachment_urls=attachment_urls,
        )

        create_conversation_request.additional_properties = d
        return create_conversation_request

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
    global _lazy_loaded, CreateConversationRequestFrom
    from ..models.create_conversation_request_from import CreateConversationRequestFrom

    _lazy_loaded = True
