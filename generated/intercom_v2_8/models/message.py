from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_message_type import MessageMessageType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.admin import Admin


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Message are how you reach out to contacts in Intercom. They are created when an admin sends an outbound message to a
    contact.

        Attributes:
            type_ (None | str): The type of the message Example: user_message.
            id (None | str): The id representing the message. Example: 1488971108.
            created_at (int | None): The time the conversation was created. Example: 1667560812.
            subject (None | str): The subject of the message. Only present if message_type: email. Example: Greetings.
            body (None | str): The message body, which may contain HTML. Example: Hello.
            message_type (MessageMessageType | None): The type of message that was sent. Can be email, inapp, facebook or
                twitter. Example: inapp.
            conversation_id (None | str): The associated conversation_id Example: 64619700005570.
            owner (Admin | None):
    """

    type_: None | str = None
    id: None | str = None
    created_at: int | None = None
    subject: None | str = None
    body: None | str = None
    message_type: MessageMessageType | None = None
    conversation_id: None | str = None
    owner: Admin | None = None
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

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

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

        message_type: None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        elif isinstance(self.message_type, MessageMessageType):
            message_type = self.message_type.value
        else:
            message_type = self.message_type

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, Admin):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if subject is not UNSET and (subject is not None or "subject" in self._received):
            field_dict["subject"] = subject
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if message_type is not UNSET and (message_type is not None or "message_type" in self._received):
            field_dict["message_type"] = message_type
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if owner is not UNSET and (owner is not None or "owner" in self._received):
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Message:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.created_at = src_dict.get("created_at")

        self.subject = src_dict.get("subject")

        self.body = src_dict.get("body")

        message_type = src_dict.get("message_type")
        if isinstance(message_type, str):
            try:
                message_type_type_1 = MessageMessageType(message_type)

                message_type = message_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.message_type = message_type

        self.conversation_id = src_dict.get("conversation_id")

        owner = src_dict.get("owner")
        if isinstance(owner, dict):
            try:
                owner_type_0 = Admin.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.owner = owner

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
        "created_at",
        "subject",
        "body",
        "message_type",
        "conversation_id",
        "owner",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Admin
    from ..models.admin import Admin

    _lazy_loaded = True
