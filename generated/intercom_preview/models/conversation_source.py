from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_source_author import ConversationSourceAuthor
    from ..models.conversation_source_recipients_type_0_item import ConversationSourceRecipientsType0Item
    from ..models.conversation_source_reply_to_type_0_item import ConversationSourceReplyToType0Item
    from ..models.part_attachment import PartAttachment
    from ..models.source_email_message_metadata import SourceEmailMessageMetadata


T = TypeVar("T", bound="ConversationSource")


@_attrs_define
class ConversationSource:
    """The first message or event that started this conversation. Describes the origin and who initiated it.

    Attributes:
        type_ (None | str): The origin of this conversation. Example: email.
        id (None | str): The id of the source message. Example: 3.
        delivered_as (None | str): How the conversation was initiated. Example: operator_initiated.
        recipients (list[ConversationSourceRecipientsType0Item] | None): The recipients of the source message. Only
            present for email conversations.
        reply_to (list[ConversationSourceReplyToType0Item] | None): The Reply-To header addresses of the source message,
            where a reply will be routed. Can differ from the sender's From address. Only present for email conversations.
        subject (None | str): The message subject. Only present for email conversations.
        body (None | str): The message body, which may contain HTML. Example: <p>Hey there!</p>.
        author (ConversationSourceAuthor | None):
        attachments (list[PartAttachment] | None): A list of attachments on the source message.
        url (None | str): The URL where the conversation was started. Example:
            https://intercom.help/company/article/123.
        redacted (bool | None): Whether or not the source content has been redacted. Example: False.
        email_message_metadata (None | SourceEmailMessageMetadata):
    """

    type_: None | str = None
    id: None | str = None
    delivered_as: None | str = None
    recipients: list[ConversationSourceRecipientsType0Item] | None = None
    reply_to: list[ConversationSourceReplyToType0Item] | None = None
    subject: None | str = None
    body: None | str = None
    author: ConversationSourceAuthor | None = None
    attachments: list[PartAttachment] | None = None
    url: None | str = None
    redacted: bool | None = None
    email_message_metadata: None | SourceEmailMessageMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        delivered_as: None | str | Unset
        if isinstance(self.delivered_as, Unset):
            delivered_as = UNSET
        else:
            delivered_as = self.delivered_as

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        reply_to: list[dict[str, Any]] | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, list):
            reply_to = []
            for reply_to_type_0_item_data in self.reply_to:
                reply_to_type_0_item = reply_to_type_0_item_data.to_dict()
                reply_to.append(reply_to_type_0_item)

        else:
            reply_to = self.reply_to

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, ConversationSourceAuthor):
            author = self.author.to_dict()
        else:
            author = self.author

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        redacted: bool | None | Unset
        if isinstance(self.redacted, Unset):
            redacted = UNSET
        else:
            redacted = self.redacted

        email_message_metadata: dict[str, Any] | None | Unset
        if isinstance(self.email_message_metadata, Unset):
            email_message_metadata = UNSET
        elif isinstance(self.email_message_metadata, SourceEmailMessageMetadata):
            email_message_metadata = self.email_message_metadata.to_dict()
        else:
            email_message_metadata = self.email_message_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if delivered_as is not UNSET and (delivered_as is not None or "delivered_as" in self._received):
            field_dict["delivered_as"] = delivered_as
        if recipients is not UNSET and (recipients is not None or "recipients" in self._received):
            field_dict["recipients"] = recipients
        if reply_to is not UNSET and (reply_to is not None or "reply_to" in self._received):
            field_dict["reply_to"] = reply_to
        if subject is not UNSET and (subject is not None or "subject" in self._received):
            field_dict["subject"] = subject
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if author is not UNSET and (author is not None or "author" in self._received):
            field_dict["author"] = author
        if attachments is not UNSET and (attachments is not None or "attachments" in self._received):
            field_dict["attachments"] = attachments
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if redacted is not UNSET and (redacted is not None or "redacted" in self._received):
            field_dict["redacted"] = redacted
        if email_message_metadata is not UNSET and (
            email_message_metadata is not None or "email_message_metadata" in self._received
        ):
            field_dict["email_message_metadata"] = email_message_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationSource:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.delivered_as = src_dict.get("delivered_as")

        recipients = src_dict.get("recipients")
        if isinstance(recipients, list):
            try:
                recipients_type_0 = []
                _recipients_type_0 = recipients
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = ConversationSourceRecipientsType0Item.from_dict(
                        recipients_type_0_item_data
                    )

                    recipients_type_0.append(recipients_type_0_item)

                recipients = recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.recipients = recipients

        reply_to = src_dict.get("reply_to")
        if isinstance(reply_to, list):
            try:
                reply_to_type_0 = []
                _reply_to_type_0 = reply_to
                for reply_to_type_0_item_data in _reply_to_type_0:
                    reply_to_type_0_item = ConversationSourceReplyToType0Item.from_dict(reply_to_type_0_item_data)

                    reply_to_type_0.append(reply_to_type_0_item)

                reply_to = reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reply_to = reply_to

        self.subject = src_dict.get("subject")

        self.body = src_dict.get("body")

        author = src_dict.get("author")
        if isinstance(author, dict):
            try:
                author_type_0 = ConversationSourceAuthor.from_dict(author)

                author = author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.author = author

        attachments = src_dict.get("attachments")
        if isinstance(attachments, list):
            try:
                attachments_type_0 = []
                _attachments_type_0 = attachments
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = PartAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                attachments = attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attachments = attachments

        self.url = src_dict.get("url")

        self.redacted = src_dict.get("redacted")

        email_message_metadata = src_dict.get("email_message_metadata")
        if isinstance(email_message_metadata, dict):
            try:
                email_message_metadata_type_0 = SourceEmailMessageMetadata.from_dict(email_message_metadata)

                email_message_metadata = email_message_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.email_message_metadata = email_message_metadata

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "delivered_as",
        "recipients",
        "reply_to",
        "subject",
        "body",
        "author",
        "attachments",
        "url",
        "redacted",
        "email_message_metadata",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ConversationSourceAuthor, \
        ConversationSourceRecipientsType0Item, \
        ConversationSourceReplyToType0Item, \
        PartAttachment, \
        SourceEmailMessageMetadata
    from ..models.conversation_source_author import ConversationSourceAuthor
    from ..models.conversation_source_recipients_type_0_item import ConversationSourceRecipientsType0Item
    from ..models.conversation_source_reply_to_type_0_item import ConversationSourceReplyToType0Item
    from ..models.part_attachment import PartAttachment
    from ..models.source_email_message_metadata import SourceEmailMessageMetadata

    _lazy_loaded = True
