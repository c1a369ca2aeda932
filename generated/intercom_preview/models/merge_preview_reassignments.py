from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.merge_preview_reassignments_conversations_type_0 import MergePreviewReassignmentsConversationsType0
    from ..models.merge_preview_reassignments_notes_type_0 import MergePreviewReassignmentsNotesType0
    from ..models.merge_preview_reassignments_phone_calls_type_0 import MergePreviewReassignmentsPhoneCallsType0
    from ..models.merge_preview_reassignments_tags_type_0 import MergePreviewReassignmentsTagsType0
    from ..models.merge_preview_reassignments_tickets_type_0 import MergePreviewReassignmentsTicketsType0


T = TypeVar("T", bound="MergePreviewReassignments")


@_attrs_define
class MergePreviewReassignments:
    """Two counts per object type — `from`, how many are on the lead and would move to the surviving contact, and `into`,
    how many the surviving contact already has. Only types with reassignments are included, and both counts are always
    present on a type that is included.

        Attributes:
            conversations (MergePreviewReassignmentsConversationsType0 | None): Distinct non-ticket conversations, counting
                both conversations the contact owns and conversations it participates in. Tickets are excluded here and reported
                separately under `tickets`.
            tickets (MergePreviewReassignmentsTicketsType0 | None): Tickets, meaning conversations of any ticket type.
                Counted separately from `conversations` so a single conversation is never counted twice.
            phone_calls (MergePreviewReassignmentsPhoneCallsType0 | None): Phone calls. Present only for phone-lead merges.
            tags (MergePreviewReassignmentsTagsType0 | None): Tags. `from` counts only tags the surviving contact does not
                already have.
            notes (MergePreviewReassignmentsNotesType0 | None): Notes attached to the contact.
    """

    conversations: MergePreviewReassignmentsConversationsType0 | None = None
    tickets: MergePreviewReassignmentsTicketsType0 | None = None
    phone_calls: MergePreviewReassignmentsPhoneCallsType0 | None = None
    tags: MergePreviewReassignmentsTagsType0 | None = None
    notes: MergePreviewReassignmentsNotesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        conversations: dict[str, Any] | None | Unset
        if isinstance(self.conversations, Unset):
            conversations = UNSET
        elif isinstance(self.conversations, MergePreviewReassignmentsConversationsType0):
            conversations = self.conversations.to_dict()
        else:
            conversations = self.conversations

        tickets: dict[str, Any] | None | Unset
        if isinstance(self.tickets, Unset):
            tickets = UNSET
        elif isinstance(self.tickets, MergePreviewReassignmentsTicketsType0):
            tickets = self.tickets.to_dict()
        else:
            tickets = self.tickets

        phone_calls: dict[str, Any] | None | Unset
        if isinstance(self.phone_calls, Unset):
            phone_calls = UNSET
        elif isinstance(self.phone_calls, MergePreviewReassignmentsPhoneCallsType0):
            phone_calls = self.phone_calls.to_dict()
        else:
            phone_calls = self.phone_calls

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, MergePreviewReassignmentsTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        notes: dict[str, Any] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, MergePreviewReassignmentsNotesType0):
            notes = self.notes.to_dict()
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversations is not UNSET and (conversations is not None or "conversations" in self._received):
            field_dict["conversations"] = conversations
        if tickets is not UNSET and (tickets is not None or "tickets" in self._received):
            field_dict["tickets"] = tickets
        if phone_calls is not UNSET and (phone_calls is not None or "phone_calls" in self._received):
            field_dict["phone_calls"] = phone_calls
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if notes is not UNSET and (notes is not None or "notes" in self._received):
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not MergePreviewReassignments:
            cls.__init__(self)
        conversations = src_dict.get("conversations")
        if isinstance(conversations, dict):
            try:
                conversations_type_0 = MergePreviewReassignmentsConversationsType0.from_dict(conversations)

                conversations = conversations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.conversations = conversations

        tickets = src_dict.get("tickets")
        if isinstance(tickets, dict):
            try:
                tickets_type_0 = MergePreviewReassignmentsTicketsType0.from_dict(tickets)

                tickets = tickets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tickets = tickets

        phone_calls = src_dict.get("phone_calls")
        if isinstance(phone_calls, dict):
            try:
                phone_calls_type_0 = MergePreviewReassignmentsPhoneCallsType0.from_dict(phone_calls)

                phone_calls = phone_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.phone_calls = phone_calls

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = MergePreviewReassignmentsTagsType0.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        notes = src_dict.get("notes")
        if isinstance(notes, dict):
            try:
                notes_type_0 = MergePreviewReassignmentsNotesType0.from_dict(notes)

                notes = notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.notes = notes

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
        "conversations",
        "tickets",
        "phone_calls",
        "tags",
        "notes",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        MergePreviewReassignmentsConversationsType0, \
        MergePreviewReassignmentsNotesType0, \
        MergePreviewReassignmentsPhoneCallsType0, \
        MergePreviewReassignmentsTagsType0, \
        MergePreviewReassignmentsTicketsType0
    from ..models.merge_preview_reassignments_conversations_type_0 import MergePreviewReassignmentsConversationsType0
    from ..models.merge_preview_reassignments_notes_type_0 import MergePreviewReassignmentsNotesType0
    from ..models.merge_preview_reassignments_phone_calls_type_0 import MergePreviewReassignmentsPhoneCallsType0
    from ..models.merge_preview_reassignments_tags_type_0 import MergePreviewReassignmentsTagsType0
    from ..models.merge_preview_reassignments_tickets_type_0 import MergePreviewReassignmentsTicketsType0

    _lazy_loaded = True
