from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_reply_part_type import TicketReplyPartType
from ..models.ticket_reply_type import TicketReplyType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.part_attachment import PartAttachment
    from ..models.ticket_part_author import TicketPartAuthor
    from ..models.ticket_reply_translations_type_0 import TicketReplyTranslationsType0


T = TypeVar("T", bound="TicketReply")


@_attrs_define
class TicketReply:
    """A Ticket Part representing a note, comment, or quick_reply on a ticket

    Attributes:
        type_ (None | TicketReplyType): Always ticket_part Example: ticket_part.
        id (None | str): The id representing the part. Example: 3.
        part_type (None | TicketReplyPartType): Type of the part Example: note.
        body (None | str): The message body, which may contain HTML. Example: <p>Okay!</p>.
        created_at (int | None): The time the note was created. Example: 1663597223.
        updated_at (int | None): The last time the note was updated. Example: 1663597260.
        author (None | TicketPartAuthor):
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
        translations (None | TicketReplyTranslationsType0): A map of the reply text keyed by locale code. Only present
            on the Preview API version and backs the `ticket.admin.replied.translated` webhook topic. The special `original`
            key holds the source locale code of the reply; every other key is a locale code whose value is the reply text
            translated into that locale, as HTML in the same format as `body`. The `body` field is unchanged and always
            stays in the original source language. Available in the Preview API version only (set `Intercom-Version:
            Preview`). Example: {'original': 'en', 'en': '<p>Hello</p>', 'fr': '<p>Bonjour</p>'}.
        app_package_code (None | str):
    """

    type_: None | TicketReplyType = None
    id: None | str = None
    part_type: None | TicketReplyPartType = None
    body: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    author: None | TicketPartAuthor = None
    attachments: list[PartAttachment] | None = None
    redacted: bool | None = None
    translations: None | TicketReplyTranslationsType0 = None
    app_package_code: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TicketReplyType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        part_type: None | str | Unset
        if isinstance(self.part_type, Unset):
            part_type = UNSET
        elif isinstance(self.part_type, TicketReplyPartType):
            part_type = self.part_type.value
        else:
            part_type = self.part_type

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, TicketPartAuthor):
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

        redacted: bool | None | Unset
        if isinstance(self.redacted, Unset):
            redacted = UNSET
        else:
            redacted = self.redacted

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, TicketReplyTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        app_package_code: None | str | Unset
        if isinstance(self.app_package_code, Unset):
            app_package_code = UNSET
        else:
            app_package_code = self.app_package_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if part_type is not UNSET and (part_type is not None or "part_type" in self._received):
            field_dict["part_type"] = part_type
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if author is not UNSET and (author is not None or "author" in self._received):
            field_dict["author"] = author
        if attachments is not UNSET and (attachments is not None or "attachments" in self._received):
            field_dict["attachments"] = attachments
        if redacted is not UNSET and (redacted is not None or "redacted" in self._received):
            field_dict["redacted"] = redacted
        if translations is not UNSET and (translations is not None or "translations" in self._received):
            field_dict["translations"] = translations
        if app_package_code is not UNSET and (app_package_code is not None or "app_package_code" in self._received):
            field_dict["app_package_code"] = app_package_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketReply:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = TicketReplyType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        part_type = src_dict.get("part_type")
        if isinstance(part_type, str):
            try:
                part_type_type_1 = TicketReplyPartType(part_type)

                part_type = part_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.part_type = part_type

        self.body = src_dict.get("body")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        author = src_dict.get("author")
        if isinstance(author, dict):
            try:
                author_type_0 = TicketPartAuthor.from_dict(author)

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

        self.redacted = src_dict.get("redacted")

        translations = src_dict.get("translations")
        if isinstance(translations, dict):
            try:
                translations_type_0 = TicketReplyTranslationsType0.from_dict(translations)

                translations = translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.translations = translations

        self.app_package_code = src_dict.get("app_package_code")

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
        "part_type",
        "body",
        "created_at",
        "updated_at",
        "author",
        "attachments",
        "redacted",
        "translations",
        "app_package_code",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, PartAttachment, TicketPartAuthor, TicketReplyTranslationsType0
    from ..models.part_attachment import PartAttachment
    from ..models.ticket_part_author import TicketPartAuthor
    from ..models.ticket_reply_translations_type_0 import TicketReplyTranslationsType0

    _lazy_loaded = True
