from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_priority import ConversationPriority
from ..models.conversation_state import ConversationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_customers_type_0_item import ConversationCustomersType0Item
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_parts import ConversationParts
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.conversation_topics_type_0 import ConversationTopicsType0
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

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
            state (ConversationState | None): Can be set to "open", "closed" or "snoozed". Example: open.
            read (bool | None): Indicates whether a conversation has been read. Example: True.
            priority (ConversationPriority | None): If marked as priority, it will return priority or else not_priority.
                Example: priority.
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
            conversation_parts (ConversationParts | None):
            customers (list[ConversationCustomersType0Item] | None):
            topics (ConversationTopicsType0 | None):
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
    state: ConversationState | None = None
    read: bool | None = None
    priority: ConversationPriority | None = None
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
    conversation_parts: ConversationParts | None = None
    customers: list[ConversationCustomersType0Item] | None = None
    topics: ConversationTopicsType0 | None = None
    ticket: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        elif isinstance(self.state, ConversationState):
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
        elif isinstance(self.priority, ConversationPriority):
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

        conversation_parts: dict[str, Any] | None | Unset
        if isinstance(self.conversation_parts, Unset):
            conversation_parts = UNSET
        elif isinstance(self.conversation_parts, ConversationParts):
            conversation_parts = self.conversation_parts.to_dict()
        else:
            conversation_parts = self.conversation_parts

        customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.customers, Unset):
            customers = UNSET
        elif isinstance(self.customers, list):
            customers = []
            for customers_type_0_item_data in self.customers:
                customers_type_0_item = customers_type_0_item_data.to_dict()
                customers.append(customers_type_0_item)

        else:
            customers = self.customers

        topics: dict[str, Any] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, ConversationTopicsType0):
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
        if conversation_parts is not UNSET and (
            conversation_parts is not None or "conversation_parts" in self._received
        ):
            field_dict["conversation_parts"] = conversation_parts
        if customers is not UNSET and (customers is not None or "customers" in self._received):
            field_dict["customers"] = customers
        if topics is not UNSET and (topics is not None or "topics" in self._received):
            field_dict["topics"] = topics
        if ticket is not UNSET and (ticket is not None or "ticket" in self._received):
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        title = d.pop("title", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        waiting_since = d.pop("waiting_since", None)

        snoozed_until = d.pop("snoozed_until", None)

        open_ = d.pop("open", None)

        def _parse_state(data: object) -> ConversationState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = ConversationState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationState | None | Unset, data)

        state = _parse_state(d.pop("state", None))

        read = d.pop("read", None)

        def _parse_priority(data: object) -> ConversationPriority | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_1 = ConversationPriority(data)

                return priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationPriority | None | Unset, data)

        priority = _parse_priority(d.pop("priority", None))

        admin_assignee_id = d.pop("admin_assignee_id", None)

        team_assignee_id = d.pop("team_assignee_id", None)

        def _parse_tags(data: object) -> None | Tags | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = Tags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tags | Unset, data)

        tags = _parse_tags(d.pop("tags", None))

        def _parse_conversation_rating(data: object) -> ConversationRating | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_rating_type_0 = ConversationRating.from_dict(data)

                return conversation_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationRating | None | Unset, data)

        conversation_rating = _parse_conversation_rating(d.pop("conversation_rating", None))

        def _parse_source(data: object) -> ConversationSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = ConversationSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationSource | None | Unset, data)

        source = _parse_source(d.pop("source", None))

        def _parse_contacts(data: object) -> ConversationContacts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contacts_type_0 = ConversationContacts.from_dict(data)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationContacts | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", None))

        def _parse_teammates(data: object) -> ConversationTeammates | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                teammates_type_0 = ConversationTeammates.from_dict(data)

                return teammates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationTeammates | None | Unset, data)

        teammates = _parse_teammates(d.pop("teammates", None))

        def _parse_first_contact_reply(data: object) -> ConversationFirstContactReply | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_contact_reply_type_0 = ConversationFirstContactReply.from_dict(data)

                return first_contact_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationFirstContactReply | None | Unset, data)

        first_contact_reply = _parse_first_contact_reply(d.pop("first_contact_reply", None))

        def _parse_sla_applied(data: object) -> None | SlaApplied | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_applied_type_0 = SlaApplied.from_dict(data)

                return sla_applied_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaApplied | Unset, data)

        sla_applied = _parse_sla_applied(d.pop("sla_applied", None))

        def _parse_statistics(data: object) -> ConversationStatistics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = ConversationStatistics.from_dict(data)

                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationStatistics | None | Unset, data)

        statistics = _parse_statistics(d.pop("statistics", None))

        def _parse_conversation_parts(data: object) -> ConversationParts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_parts_type_0 = ConversationParts.from_dict(data)

                return conversation_parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationParts | None | Unset, data)

        conversation_parts = _parse_conversation_parts(d.pop("conversation_parts", None))

        def _parse_customers(data: object) -> list[ConversationCustomersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customers_type_0 = []
                _customers_type_0 = data
                for customers_type_0_item_data in _customers_type_0:
                    customers_type_0_item = ConversationCustomersType0Item.from_dict(customers_type_0_item_data)

                    customers_type_0.append(customers_type_0_item)

                return customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationCustomersType0Item] | None | Unset, data)

        customers = _parse_customers(d.pop("customers", None))

        def _parse_topics(data: object) -> ConversationTopicsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topics_type_0 = ConversationTopicsType0.from_dict(data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationTopicsType0 | None | Unset, data)

        topics = _parse_topics(d.pop("topics", None))

        ticket = d.pop("ticket", None)

        conversation = cls(
            type_=type_,
            id=id,
            title=title,
            created_at=created_at,
            updated_at=updated_at,
            waiting_since=waiting_since,
            snoozed_until=snoozed_until,
            open_=open_,
            state=state,
            read=read,
            priority=priority,
            admin_assignee_id=admin_assignee_id,
            team_assignee_id=team_assignee_id,
            tags=tags,
            conversation_rating=conversation_rating,
            source=source,
            contacts=contacts,
            teammates=teammates,
            first_contact_reply=first_contact_reply,
            sla_applied=sla_applied,
            statistics=statistics,
            conversation_parts=conversation_parts,
            customers=customers,
            topics=topics,
            ticket=ticket,
        )

        conversation._received = src_dict.keys()

        conversation.additional_properties = d
        return conversation

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global \
        _lazy_loaded, \
        ConversationContacts, \
        ConversationCustomersType0Item, \
        ConversationFirstContactReply, \
        ConversationParts, \
        ConversationRating, \
        ConversationSource, \
        ConversationStatistics, \
        ConversationTeammates, \
        ConversationTopicsType0, \
        SlaApplied, \
        Tags
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_customers_type_0_item import ConversationCustomersType0Item
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_parts import ConversationParts
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.conversation_topics_type_0 import ConversationTopicsType0
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags

    _lazy_loaded = True
