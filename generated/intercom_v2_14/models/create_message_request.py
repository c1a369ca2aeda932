from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_message_type import CreateMessageRequestMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request_from import CreateMessageRequestFrom
    from ..models.recipient import Recipient


T = TypeVar("T", bound="CreateMessageRequest")


@_attrs_define
class CreateMessageRequest:
    """You can create a message

    Attributes:
        message_type (CreateMessageRequestMessageType | Unset): The kind of message being created. Values: `in_app` or
            `email`. Example: in_app.
        subject (str | Unset): The title of the email. Example: Thanks for everything.
        body (str | Unset): The content of the message. HTML and plaintext are supported. Example: Hello there.
        template (str | Unset): The style of the outgoing message. Possible values `plain` or `personal`. Example:
            plain.
        from_ (CreateMessageRequestFrom | Unset): The sender of the message. If not provided, the default sender will be
            used.
        to (list[Recipient] | Recipient | Unset):
        cc (list[Recipient] | Recipient | Unset):
        bcc (list[Recipient] | Recipient | Unset):
        created_at (int | Unset): The time the message was created. If not provided, the current time will be used.
            Example: 1590000000.
        create_conversation_without_contact_reply (bool | Unset): Whether a conversation should be opened in the inbox
            for the message without the contact replying. Defaults to false if not provided. Default: False. Example: True.
    """

    message_type: CreateMessageRequestMessageType | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    template: str | Unset = UNSET
    from_: CreateMessageRequestFrom | Unset = UNSET
    to: list[Recipient] | Recipient | Unset = UNSET
    cc: list[Recipient] | Recipient | Unset = UNSET
    bcc: list[Recipient] | Recipient | Unset = UNSET
    created_at: int | Unset = UNSET
    create_conversation_without_contact_reply: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not (
            (
                not isinstance(self.message_type, Unset)
                and not isinstance(self.subject, Unset)
                and not isinstance(self.body, Unset)
                and not isinstance(self.template, Unset)
                and not isinstance(self.from_, Unset)
                and not isinstance(self.to, Unset)
            )
            or (
                not isinstance(self.message_type, Unset)
                and not isinstance(self.body, Unset)
                and not isinstance(self.from_, Unset)
                and not isinstance(self.to, Unset)
            )
        ):
            raise ValueError(
                "CreateMessageRequest needs message_type and subject and body and template and from and to, or message_type and body and from and to (the API refuses it otherwise)"
            )
        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        subject = self.subject

        body = self.body

        template = self.template

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, Recipient):
            to = self.to.to_dict()
        else:
            to = []
            for to_type_1_item_data in self.to:
                to_type_1_item = to_type_1_item_data.to_dict()
                to.append(to_type_1_item)

        cc: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, Recipient):
            cc = self.cc.to_dict()
        else:
            cc = []
            for cc_type_1_item_data in self.cc:
                cc_type_1_item = cc_type_1_item_data.to_dict()
                cc.append(cc_type_1_item)

        bcc: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, Recipient):
            bcc = self.bcc.to_dict()
        else:
            bcc = []
            for bcc_type_1_item_data in self.bcc:
                bcc_type_1_item = bcc_type_1_item_data.to_dict()
                bcc.append(bcc_type_1_item)

        created_at = self.created_at

        create_conversation_without_contact_reply = self.create_conversation_without_contact_reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if template is not UNSET:
            field_dict["template"] = template
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if create_conversation_without_contact_reply is not UNSET:
            field_dict["create_conversation_without_contact_reply"] = create_conversation_without_contact_reply

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _message_type = d.pop("message_type", UNSET)
        message_type: CreateMessageRequestMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = CreateMessageRequestMessageType(_message_type)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        template = d.pop("template", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: CreateMessageRequestFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = CreateMessageRequestFrom.from_dict(_from_)

        def _parse_to(data: object) -> list[Recipient] | Recipient | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_type_0 = Recipient.from_dict(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            to_type_1 = []
            _to_type_1 = data
            for to_type_1_item_data in _to_type_1:
                to_type_1_item = Recipient.from_dict(to_type_1_item_data)

                to_type_1.append(to_type_1_item)

            return to_type_1

        to = _parse_to(d.pop("to", UNSET))

        def _parse_cc(data: object) -> list[Recipient] | Recipient | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cc_type_0 = Recipient.from_dict(data)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            cc_type_1 = []
            _cc_type_1 = data
            for cc_type_1_item_data in _cc_type_1:
                cc_type_1_item = Recipient.from_dict(cc_type_1_item_data)

                cc_type_1.append(cc_type_1_item)

            return cc_type_1

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> list[Recipient] | Recipient | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bcc_type_0 = Recipient.from_dict(data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            bcc_type_1 = []
            _bcc_type_1 = data
            for bcc_type_1_item_data in _bcc_type_1:
                bcc_type_1_item = Recipient.from_dict(bcc_type_1_item_data)

                bcc_type_1.append(bcc_type_1_item)

            return bcc_type_1

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        created_at = d.pop("created_at", UNSET)

        create_conversation_without_contact_reply = d.pop("create_conversation_without_contact_reply", UNSET)

        create_message_request = cls(
            message_type=message_type,
            subject=subject,
            body=body,
            template=template,
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            created_at=created_at,
            create_conversation_without_contact_reply=create_conversation_without_contact_reply,
        )

        create_message_request.additional_properties = d
        return create_message_request

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
    global _lazy_loaded, CreateMessageRequestFrom, Recipient
    from ..models.create_message_request_from import CreateMessageRequestFrom
    from ..models.recipient import Recipient

    _lazy_loaded = True
