from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.note_type import NoteType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.reference import Reference


T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """Notes allow you to annotate and comment on your contacts.

    Attributes:
        type_ (None | NoteType): String representing the object's type. Always has the value `note`. Example: note.
        id (None | str): The id of the note. Example: 17495962.
        created_at (int | None): The time the note was created. Example: 1674589321.
        contact (None | Reference):
        author (Admin | None): Optional. Represents the Admin that created the note.
        body (None | str): The body text of the note. Example: <p>Text for the note.</p>.
    """

    type_: None | NoteType = None
    id: None | str = None
    created_at: int | None = None
    contact: None | Reference = None
    author: Admin | None = None
    body: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, NoteType):
            type_ = self.type_.value
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

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Reference):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, Admin):
            author = self.author.to_dict()
        else:
            author = self.author

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if contact is not UNSET and (contact is not None or "contact" in self._received):
            field_dict["contact"] = contact
        if author is not UNSET and (author is not None or "author" in self._received):
            field_dict["author"] = author
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Note:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = NoteType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.created_at = src_dict.get("created_at")

        contact = src_dict.get("contact")
        if isinstance(contact, dict):
            try:
                contact_type_0 = Reference.from_dict(contact)

                contact = contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.contact = contact

        author = src_dict.get("author")
        if isinstance(author, dict):
            try:
                author_type_0 = Admin.from_dict(author)

                author = author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.author = author

        self.body = src_dict.get("body")

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
        "contact",
        "author",
        "body",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Admin, Reference
    from ..models.admin import Admin
    from ..models.reference import Reference

    _lazy_loaded = True
