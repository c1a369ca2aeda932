from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_source_type import ConversationSourceType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_part_author import ConversationPartAuthor
    from ..models.part_attachment import PartAttachment


T = TypeVar("T", bound="ConversationSource")


@_attrs_define
class ConversationSource:
    """The type of the conversation part that started this conversation. Can be Contact, Admin, Campaign, Automated or
    Operator initiated.

        Attributes:
            type_ (ConversationSourceType | None): This includes conversation, email, facebook, instagram, phone_call,
                phone_switch, push, sms, twitter and whatsapp. Example: conversation.
            id (None | str): The id representing the message. Example: 3.
            delivered_as (None | str): The conversation's initiation type. Possible values are customer_initiated,
                campaigns_initiated (legacy campaigns), operator_initiated (Custom bot), automated (Series and other outbounds
                with dynamic audience message) and admin_initiated (fixed audience message, ticket initiated by an admin, group
                email). Example: operator_initiated.
            subject (None | str): Optional. The message subject. For Twitter, this will show a generic message regarding why
                the subject is obscured.
            body (None | str): The message body, which may contain HTML. For Twitter, this will show a generic message
                regarding why the body is obscured. Example: <p>Hey there!</p>.
            author (ConversationPartAuthor | None):
            attachments (list[PartAttachment] | None): A list of attachments for the part.
            url (None | str): The URL where the conversation was started. For Twitter, Email, and Bots, this will be blank.
            redacted (bool | None): Whether or not the source message has been redacted. Only applicable for contact
                initiated messages. Example: False.
    """

    type_: ConversationSourceType | None = None
    id: None | str = None
    delivered_as: None | str = None
    subject: None | str = None
    body: None | str = None
    author: ConversationPartAuthor | None = None
    attachments: list[PartAttachment] | None = None
    url: None | str = None
    redacted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationSourceType):
            type_ = self.type_.value
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
        elif isinstance(self.author, ConversationPartAuthor):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if delivered_as is not UNSET and (delivered_as is not None or "delivered_as" in self._received):
            field_dict["delivered_as"] = delivered_as
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationSource:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ConversationSourceType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.delivered_as = src_dict.get("delivered_as")

        self.subject = src_dict.get("subject")

        self.body = src_dict.get("body")

        author = src_dict.get("author")
        if isinstance(author, dict):
            try:
                author_type_0 = ConversationPartAuthor.from_dict(author)

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
        "subject",
        "body",
        "author",
        "attachments",
        "url",
        "redacted",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationPartAuthor, PartAttachment
    from ..models.conversation_part_author import ConversationPartAuthor
    from ..models.part_attachment import PartAttachment

    _lazy_loaded = True
