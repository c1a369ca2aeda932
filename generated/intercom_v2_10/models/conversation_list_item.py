from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_list_item_priority import ConversationListItemPriority
from ..models.conversation_list_item_state import ConversationListItemState
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_list_item_topics_type_0 import ConversationListItemTopicsType0
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.linked_object_list import LinkedObjectList
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags


T = TypeVar("T", bound="ConversationListItem")


@_attrs_define
class ConversationListItem:
    """The data returned about your conversations when you list or search them.

    Attributes:
        type_ (None | str): Always conversation. Example: conversation.
        id (None | str): The id representing the conversation. Example: 1295.
        title (None | str): The title given to the conversation. Example: Conversation Title.
        created_at (int | None): The time the conversation was created. Example: 1663597223.
        updated_at (int | None): The last time the conversation was updated. Example: 1663597260.
        waiting_since (int | None): The last time a Contact responded to an Admin. In other words, the time a customer
            started waiting for a response. Set to null if last reply is from an Admin. Example: 1663597260.
        snoozed_until (int | None): If set this is the time in the future when this conversation will be marked as open.
            i.e. it will be in a snoozed state until this time. i.e. it will be in a snoozed state until this time. Example:
            1663597260.
        open_ (bool | None): Indicates whether a conversation is open (true) or closed (false). Example: True.
        state (ConversationListItemState | None): Can be set to "open", "closed" or "snoozed". Example: open.
        read (bool | None): Indicates whether a conversation has been read. Example: True.
        priority (ConversationListItemPriority | None): If marked as priority, it will return priority or else
            not_priority. Example: priority.
        admin_assignee_id (int | None): The id of the admin assigned to the conversation. If it's not assigned to an
            admin it will return null. Example: 0.
        team_assignee_id (int | None): The id of the team assigned to the conversation. If it's not assigned to a team
            it will return null. Example: 5017691.
        tags (None | Tags):
        conversation_rating (ConversationRating | None):
        source (ConversationSource | None):
        contacts (ConversationContacts | None):
        teammates (ConversationTeammates | None):
        first_contact_reply (ConversationFirstContactReply | None):
        sla_applied (None | SlaApplied):
        statistics (ConversationStatistics | None):
        linked_objects (LinkedObjectList | None):
        topics (ConversationListItemTopicsType0 | None):
        ticket (Any): Sent as null in the example; its type is not documented.
    """

    type_: None | str = None
    id: None | str = None
    title: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    waiting_since: int | None = None
    snoozed_until: int | None = None
    open_: bool | None = None
    state: ConversationListItemState | None = None
    read: bool | None = None
    priority: ConversationListItemPriority | None = None
    admin_assignee_id: int | None = None
    team_assignee_id: int | None = None
    tags: None | Tags = None
    conversation_rating: ConversationRating | None = None
    source: ConversationSource | None = None
    contacts: ConversationContacts | None = None
    teammates: ConversationTeammates | None = None
    first_contact_reply: ConversationFirstContactReply | None = None
    sla_applied: None | SlaApplied = None
    statistics: ConversationStatistics | None = None
    linked_objects: LinkedObjectList | None = None
    topics: ConversationListItemTopicsType0 | None = None
    ticket: Any = None
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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        waiting_since: int | None | Unset
        if isinstance(self.waiting_since, Unset):
            waiting_since = UNSET
        else:
            waiting_since = self.waiting_since

        snoozed_until: int | None | Unset
        if isinstance(self.snoozed_until, Unset):
            snoozed_until = UNSET
        else:
            snoozed_until = self.snoozed_until

        open_: bool | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ConversationListItemState):
            state = self.state.value
        else:
            state = self.state

        read: bool | None | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        else:
            read = self.read

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, ConversationListItemPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        admin_assignee_id: int | None | Unset
        if isinstance(self.admin_assignee_id, Unset):
            admin_assignee_id = UNSET
        else:
            admin_assignee_id = self.admin_assignee_id

        team_assignee_id: int | None | Unset
        if isinstance(self.team_assignee_id, Unset):
            team_assignee_id = UNSET
        else:
            team_assignee_id = self.team_assignee_id

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, Tags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        conversation_rating: dict[str, Any] | None | Unset
        if isinstance(self.conversation_rating, Unset):
            conversation_rating = UNSET
        elif isinstance(self.conversation_rating, ConversationRating):
            conversation_rating = self.conversation_rating.to_dict()
        else:
            conversation_rating = self.conversation_rating

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ConversationSource):
            source = self.source.to_dict()
        else:
            source = self.source

        contacts: dict[str, Any] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, ConversationContacts):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        teammates: dict[str, Any] | None | Unset
        if isinstance(self.teammates, Unset):
            teammates = UNSET
        elif isinstance(self.teammates, ConversationTeammates):
            teammates = self.teammates.to_dict()
        else:
            teammates = self.teammates

        first_contact_reply: dict[str, Any] | None | Unset
        if isinstance(self.first_contact_reply, Unset):
            first_contact_reply = UNSET
        elif isinstance(self.first_contact_reply, ConversationFirstContactReply):
            first_contact_reply = self.first_contact_reply.to_dict()
        else:
            first_contact_reply = self.first_contact_reply

        sla_applied: dict[str, Any] | None | Unset
        if isinstance(self.sla_applied, Unset):
            sla_applied = UNSET
        elif isinstance(self.sla_applied, SlaApplied):
            sla_applied = self.sla_applied.to_dict()
        else:
            sla_applied = self.sla_applied

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, ConversationStatistics):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        linked_objects: dict[str, Any] | None | Unset
        if isinstance(self.linked_objects, Unset):
            linked_objects = UNSET
        elif isinstance(self.linked_objects, LinkedObjectList):
            linked_objects = self.linked_objects.to_dict()
        else:
            linked_objects = self.linked_objects

        topics: dict[str, Any] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, ConversationListItemTopicsType0):
            topics = self.topics.to_dict()
        else:
            topics = self.topics

        ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if waiting_since is not UNSET and (waiting_since is not None or "waiting_since" in self._received):
            field_dict["waiting_since"] = waiting_since
        if snoozed_until is not UNSET and (snoozed_until is not None or "snoozed_until" in self._received):
            field_dict["snoozed_until"] = snoozed_until
        if open_ is not UNSET and (open_ is not None or "open" in self._received):
            field_dict["open"] = open_
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if read is not UNSET and (read is not None or "read" in self._received):
            field_dict["read"] = read
        if priority is not UNSET and (priority is not None or "priority" in self._received):
            field_dict["priority"] = priority
        if admin_assignee_id is not UNSET and (admin_assignee_id is not None or "admin_assignee_id" in self._received):
            field_dict["admin_assignee_id"] = admin_assignee_id
        if team_assignee_id is not UNSET and (team_assignee_id is not None or "team_assignee_id" in self._received):
            field_dict["team_assignee_id"] = team_assignee_id
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if conversation_rating is not UNSET and (
            conversation_rating is not None or "conversation_rating" in self._received
        ):
            field_dict["conversation_rating"] = conversation_rating
        if source is not UNSET and (source is not None or "source" in self._received):
            field_dict["source"] = source
        if contacts is not UNSET and (contacts is not None or "contacts" in self._received):
            field_dict["contacts"] = contacts
        if teammates is not UNSET and (teammates is not None or "teammates" in self._received):
            field_dict["teammates"] = teammates
        if first_contact_reply is not UNSET and (
            first_contact_reply is not None or "first_contact_reply" in self._received
        ):
            field_dict["first_contact_reply"] = first_contact_reply
        if sla_applied is not UNSET and (sla_applied is not None or "sla_applied" in self._received):
            field_dict["sla_applied"] = sla_applied
        if statistics is not UNSET and (statistics is not None or "statistics" in self._received):
            field_dict["statistics"] = statistics
        if linked_objects is not UNSET and (linked_objects is not None or "linked_objects" in self._received):
            field_dict["linked_objects"] = linked_objects
        if topics is not UNSET and (topics is not None or "topics" in self._received):
            field_dict["topics"] = topics
        if ticket is not UNSET and (ticket is not None or "ticket" in self._received):
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationListItem:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.waiting_since = src_dict.get("waiting_since")

        self.snoozed_until = src_dict.get("snoozed_until")

        self.open_ = src_dict.get("open")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = ConversationListItemState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.read = src_dict.get("read")

        priority = src_dict.get("priority")
        if isinstance(priority, str):
            try:
                priority_type_1 = ConversationListItemPriority(priority)

                priority = priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.priority = priority

        self.admin_assignee_id = src_dict.get("admin_assignee_id")

        self.team_assignee_id = src_dict.get("team_assignee_id")

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = Tags.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        conversation_rating = src_dict.get("conversation_rating")
        if isinstance(conversation_rating, dict):
            try:
                conversation_rating_type_0 = ConversationRating.from_dict(conversation_rating)

                conversation_rating = conversation_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.conversation_rating = conversation_rating

        source = src_dict.get("source")
        if isinstance(source, dict):
            try:
                source_type_0 = ConversationSource.from_dict(source)

                source = source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.source = source

        contacts = src_dict.get("contacts")
        if isinstance(contacts, dict):
            try:
                contacts_type_0 = ConversationContacts.from_dict(contacts)

                contacts = contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.contacts = contacts

        teammates = src_dict.get("teammates")
        if isinstance(teammates, dict):
            try:
                teammates_type_0 = ConversationTeammates.from_dict(teammates)

                teammates = teammates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.teammates = teammates

        first_contact_reply = src_dict.get("first_contact_reply")
        if isinstance(first_contact_reply, dict):
            try:
                first_contact_reply_type_0 = ConversationFirstContactReply.from_dict(first_contact_reply)

                first_contact_reply = first_contact_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.first_contact_reply = first_contact_reply

        sla_applied = src_dict.get("sla_applied")
        if isinstance(sla_applied, dict):
            try:
                sla_applied_type_0 = SlaApplied.from_dict(sla_applied)

                sla_applied = sla_applied_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sla_applied = sla_applied

        statistics = src_dict.get("statistics")
        if isinstance(statistics, dict):
            try:
                statistics_type_0 = ConversationStatistics.from_dict(statistics)

                statistics = statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.statistics = statistics

        linked_objects = src_dict.get("linked_objects")
        if isinstance(linked_objects, dict):
            try:
                linked_objects_type_0 = LinkedObjectList.from_dict(linked_objects)

                linked_objects = linked_objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.linked_objects = linked_objects

        topics = src_dict.get("topics")
        if isinstance(topics, dict):
            try:
                topics_type_0 = ConversationListItemTopicsType0.from_dict(topics)

                topics = topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.topics = topics

        self.ticket = src_dict.get("ticket")

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
        "title",
        "created_at",
        "updated_at",
        "waiting_since",
        "snoozed_until",
        "open",
        "state",
        "read",
        "priority",
        "admin_assignee_id",
        "team_assignee_id",
        "tags",
        "conversation_rating",
        "source",
        "contacts",
        "teammates",
        "first_contact_reply",
        "sla_applied",
        "statistics",
        "linked_objects",
        "topics",
        "ticket",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ConversationContacts, \
        ConversationFirstContactReply, \
        ConversationListItemTopicsType0, \
        ConversationRating, \
        ConversationSource, \
        ConversationStatistics, \
        ConversationTeammates, \
        LinkedObjectList, \
        SlaApplied, \
        Tags
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_list_item_topics_type_0 import ConversationListItemTopicsType0
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.linked_object_list import LinkedObjectList
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags

    _lazy_loaded = True
