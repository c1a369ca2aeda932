from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_part_previous_ticket_state import TicketPartPreviousTicketState
from ..models.ticket_part_ticket_state import TicketPartTicketState
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.part_attachment import PartAttachment
    from ..models.reference import Reference
    from ..models.ticket_part_author import TicketPartAuthor


T = TypeVar("T", bound="TicketPart")


@_attrs_define
class TicketPart:
    """A Ticket Part represents a message in the ticket.

    Attributes:
        type_ (None | str): Always ticket_part Example: ticket_part.
        id (None | str): The id representing the ticket part. Example: 3.
        part_type (None | str): The type of ticket part. Example: comment.
        body (None | str): The message body, which may contain HTML. Example: <p>Okay!</p>.
        previous_ticket_state (None | TicketPartPreviousTicketState): The previous state of the ticket. Example:
            submitted.
        ticket_state (None | TicketPartTicketState): The state of the ticket. Example: submitted.
        created_at (int | None): The time the ticket part was created. Example: 1663597223.
        updated_at (int | None): The last time the ticket part was updated. Example: 1663597260.
        assigned_to (None | Reference): The id of the admin that was assigned the ticket by this ticket_part (null if
            there has been no change in assignment.)
        author (None | TicketPartAuthor):
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        external_id (None | str): The external id of the ticket part Example: abcd1234.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
    """

    type_: None | str = None
    id: None | str = None
    part_type: None | str = None
    body: None | str = None
    previous_ticket_state: None | TicketPartPreviousTicketState = None
    ticket_state: None | TicketPartTicketState = None
    created_at: int | None = None
    updated_at: int | None = None
    assigned_to: None | Reference = None
    author: None | TicketPartAuthor = None
    attachments: list[PartAttachment] | None = None
    external_id: None | str = None
    redacted: bool | None = None
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

        part_type: None | str | Unset
        if isinstance(self.part_type, Unset):
            part_type = UNSET
        else:
            part_type = self.part_type

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        previous_ticket_state: None | str | Unset
        if isinstance(self.previous_ticket_state, Unset):
            previous_ticket_state = UNSET
        elif isinstance(self.previous_ticket_state, TicketPartPreviousTicketState):
            previous_ticket_state = self.previous_ticket_state.value
        else:
            previous_ticket_state = self.previous_ticket_state

        ticket_state: None | str | Unset
        if isinstance(self.ticket_state, Unset):
            ticket_state = UNSET
        elif isinstance(self.ticket_state, TicketPartTicketState):
            ticket_state = self.ticket_state.value
        else:
            ticket_state = self.ticket_state

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

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, Reference):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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
        if part_type is not UNSET and (part_type is not None or "part_type" in self._received):
            field_dict["part_type"] = part_type
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if previous_ticket_state is not UNSET and (
            previous_ticket_state is not None or "previous_ticket_state" in self._received
        ):
            field_dict["previous_ticket_state"] = previous_ticket_state
        if ticket_state is not UNSET and (ticket_state is not None or "ticket_state" in self._received):
            field_dict["ticket_state"] = ticket_state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if assigned_to is not UNSET and (assigned_to is not None or "assigned_to" in self._received):
            field_dict["assigned_to"] = assigned_to
        if author is not UNSET and (author is not None or "author" in self._received):
            field_dict["author"] = author
        if attachments is not UNSET and (attachments is not None or "attachments" in self._received):
            field_dict["attachments"] = attachments
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if redacted is not UNSET and (redacted is not None or "redacted" in self._received):
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketPart:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.part_type = src_dict.get("part_type")

        self.body = src_dict.get("body")

        previous_ticket_state = src_dict.get("previous_ticket_state")
        if isinstance(previous_ticket_state, str):
            try:
                previous_ticket_state_type_1 = TicketPartPreviousTicketState(previous_ticket_state)

                previous_ticket_state = previous_ticket_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.previous_ticket_state = previous_ticket_state

        ticket_state = src_dict.get("ticket_state")
        if isinstance(ticket_state, str):
            try:
                ticket_state_type_1 = TicketPartTicketState(ticket_state)

                ticket_state = ticket_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_state = ticket_state

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        assigned_to = src_dict.get("assigned_to")
        if isinstance(assigned_to, dict):
            try:
                assigned_to_type_0 = Reference.from_dict(assigned_to)

                assigned_to = assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.assigned_to = assigned_to

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

        self.external_id = src_dict.get("external_id")

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
        "part_type",
        "body",
        "previous_ticket_state",
        "ticket_state",
        "created_at",
        "updated_at",
        "assigned_to",
        "author",
        "attachments",
        "external_id",
        "redacted",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, PartAttachment, Reference, TicketPartAuthor
    from ..models.part_attachment import PartAttachment
    from ..models.reference import Reference
    from ..models.ticket_part_author import TicketPartAuthor

    _lazy_loaded = True
