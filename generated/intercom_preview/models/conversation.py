from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_priority import ConversationPriority
from ..models.conversation_state import ConversationState
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ai_agent import AiAgent
    from ..models.ai_topics import AiTopics
    from ..models.company import Company
    from ..models.conversation_channel import ConversationChannel
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_customers_type_0_item import ConversationCustomersType0Item
    from ..models.conversation_external_reference import ConversationExternalReference
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_monitor_evaluation import ConversationMonitorEvaluation
    from ..models.conversation_parts import ConversationParts
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_scorecard import ConversationScorecard
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.conversation_topics_type_0 import ConversationTopicsType0
    from ..models.custom_attributes import CustomAttributes
    from ..models.linked_object_list import LinkedObjectList
    from ..models.sales_agent import SalesAgent
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
            priority (ConversationPriority | None): The priority level of the conversation. Returns one of none, low,
                medium, high, or urgent. Example: high.
            admin_assignee_id (int | None): The id of the admin assigned to the conversation. If it's not assigned to an
                admin it will return 0. Example: 0.
            team_assignee_id (int | None): The id of the team assigned to the conversation. If it's not assigned to a team
                it will return 0. Example: 5017691.
            company (Company | None): The company associated with the conversation.
            tags (None | Tags):
            conversation_rating (ConversationRating | None):
            source (ConversationSource | None):
            contacts (ConversationContacts | None):
            teammates (ConversationTeammates | None):
            custom_attributes (CustomAttributes | None):
            first_contact_reply (ConversationFirstContactReply | None):
            sla_applied (None | SlaApplied):
            statistics (ConversationStatistics | None):
            conversation_parts (ConversationParts | None):
            linked_objects (LinkedObjectList | None):
            ai_topics (AiTopics | None):
            ai_agent_participated (bool | None): Indicates whether the AI Agent participated in the conversation. Example:
                True.
            ai_agent (AiAgent | None):
            sales_agent_participated (bool | None): Indicates whether the Sales Agent participated in the conversation.
                Example: False.
            sales_agent (None | SalesAgent):
            channel (ConversationChannel | None): The channel through which the conversation was initiated and its current
                channel.
            external_references (list[ConversationExternalReference] | None): References linking this conversation to
                records in an external helpdesk or CRM system. Populated for Fin Standalone workspaces synced from an external
                platform; an empty array otherwise. Sorted alphabetically by `type` and capped at 20 entries. Example: [{'type':
                'zendesk_ticket', 'id': '3633338'}, {'type': 'zendesk_sunshine_conversation', 'id': 'abc-def-uuid'}].
            monitor_evaluations (list[ConversationMonitorEvaluation] | None): QA monitor evaluations that flagged this
                conversation. Only included when `include_monitors=true` is passed as a query parameter.
            scorecards (list[ConversationScorecard] | None): QA scorecard results for this conversation. Only included when
                `include_scorecards=true` is passed as a query parameter.
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
    company: Company | None = None
    tags: None | Tags = None
    conversation_rating: ConversationRating | None = None
    source: ConversationSource | None = None
    contacts: ConversationContacts | None = None
    teammates: ConversationTeammates | None = None
    custom_attributes: CustomAttributes | None = None
    first_contact_reply: ConversationFirstContactReply | None = None
    sla_applied: None | SlaApplied = None
    statistics: ConversationStatistics | None = None
    conversation_parts: ConversationParts | None = None
    linked_objects: LinkedObjectList | None = None
    ai_topics: AiTopics | None = None
    ai_agent_participated: bool | None = None
    ai_agent: AiAgent | None = None
    sales_agent_participated: bool | None = None
    sales_agent: None | SalesAgent = None
    channel: ConversationChannel | None = None
    external_references: list[ConversationExternalReference] | None = None
    monitor_evaluations: list[ConversationMonitorEvaluation] | None = None
    scorecards: list[ConversationScorecard] | None = None
    customers: list[ConversationCustomersType0Item] | None = None
    topics: ConversationTopicsType0 | None = None
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

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, Company):
            company = self.company.to_dict()
        else:
            company = self.company

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

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomAttributes):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

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

        linked_objects: dict[str, Any] | None | Unset
        if isinstance(self.linked_objects, Unset):
            linked_objects = UNSET
        elif isinstance(self.linked_objects, LinkedObjectList):
            linked_objects = self.linked_objects.to_dict()
        else:
            linked_objects = self.linked_objects

        ai_topics: dict[str, Any] | None | Unset
        if isinstance(self.ai_topics, Unset):
            ai_topics = UNSET
        elif isinstance(self.ai_topics, AiTopics):
            ai_topics = self.ai_topics.to_dict()
        else:
            ai_topics = self.ai_topics

        ai_agent_participated: bool | None | Unset
        if isinstance(self.ai_agent_participated, Unset):
            ai_agent_participated = UNSET
        else:
            ai_agent_participated = self.ai_agent_participated

        ai_agent: dict[str, Any] | None | Unset
        if isinstance(self.ai_agent, Unset):
            ai_agent = UNSET
        elif isinstance(self.ai_agent, AiAgent):
            ai_agent = self.ai_agent.to_dict()
        else:
            ai_agent = self.ai_agent

        sales_agent_participated: bool | None | Unset
        if isinstance(self.sales_agent_participated, Unset):
            sales_agent_participated = UNSET
        else:
            sales_agent_participated = self.sales_agent_participated

        sales_agent: dict[str, Any] | None | Unset
        if isinstance(self.sales_agent, Unset):
            sales_agent = UNSET
        elif isinstance(self.sales_agent, SalesAgent):
            sales_agent = self.sales_agent.to_dict()
        else:
            sales_agent = self.sales_agent

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, ConversationChannel):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        external_references: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_references, Unset):
            external_references = UNSET
        elif isinstance(self.external_references, list):
            external_references = []
            for external_references_type_0_item_data in self.external_references:
                external_references_type_0_item = external_references_type_0_item_data.to_dict()
                external_references.append(external_references_type_0_item)

        else:
            external_references = self.external_references

        monitor_evaluations: list[dict[str, Any]] | None | Unset
        if isinstance(self.monitor_evaluations, Unset):
            monitor_evaluations = UNSET
        elif isinstance(self.monitor_evaluations, list):
            monitor_evaluations = []
            for monitor_evaluations_type_0_item_data in self.monitor_evaluations:
                monitor_evaluations_type_0_item = monitor_evaluations_type_0_item_data.to_dict()
                monitor_evaluations.append(monitor_evaluations_type_0_item)

        else:
            monitor_evaluations = self.monitor_evaluations

        scorecards: list[dict[str, Any]] | None | Unset
        if isinstance(self.scorecards, Unset):
            scorecards = UNSET
        elif isinstance(self.scorecards, list):
            scorecards = []
            for scorecards_type_0_item_data in self.scorecards:
                scorecards_type_0_item = scorecards_type_0_item_data.to_dict()
                scorecards.append(scorecards_type_0_item)

        else:
            scorecards = self.scorecards

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
        if company is not UNSET and (company is not None or "company" in self._received):
            field_dict["company"] = company
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
        if custom_attributes is not UNSET and (custom_attributes is not None or "custom_attributes" in self._received):
            field_dict["custom_attributes"] = custom_attributes
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
        if linked_objects is not UNSET and (linked_objects is not None or "linked_objects" in self._received):
            field_dict["linked_objects"] = linked_objects
        if ai_topics is not UNSET and (ai_topics is not None or "ai_topics" in self._received):
            field_dict["ai_topics"] = ai_topics
        if ai_agent_participated is not UNSET and (
            ai_agent_participated is not None or "ai_agent_participated" in self._received
        ):
            field_dict["ai_agent_participated"] = ai_agent_participated
        if ai_agent is not UNSET and (ai_agent is not None or "ai_agent" in self._received):
            field_dict["ai_agent"] = ai_agent
        if sales_agent_participated is not UNSET and (
            sales_agent_participated is not None or "sales_agent_participated" in self._received
        ):
            field_dict["sales_agent_participated"] = sales_agent_participated
        if sales_agent is not UNSET and (sales_agent is not None or "sales_agent" in self._received):
            field_dict["sales_agent"] = sales_agent
        if channel is not UNSET and (channel is not None or "channel" in self._received):
            field_dict["channel"] = channel
        if external_references is not UNSET and (
            external_references is not None or "external_references" in self._received
        ):
            field_dict["external_references"] = external_references
        if monitor_evaluations is not UNSET and (
            monitor_evaluations is not None or "monitor_evaluations" in self._received
        ):
            field_dict["monitor_evaluations"] = monitor_evaluations
        if scorecards is not UNSET and (scorecards is not None or "scorecards" in self._received):
            field_dict["scorecards"] = scorecards
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
        self = new_instance(cls)
        if cls is not Conversation:
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
                state_type_1 = ConversationState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.read = src_dict.get("read")

        priority = src_dict.get("priority")
        if isinstance(priority, str):
            try:
                priority_type_1 = ConversationPriority(priority)

                priority = priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.priority = priority

        self.admin_assignee_id = src_dict.get("admin_assignee_id")

        self.team_assignee_id = src_dict.get("team_assignee_id")

        company = src_dict.get("company")
        if isinstance(company, dict):
            try:
                company_type_0 = Company.from_dict(company)

                company = company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.company = company

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

        custom_attributes = src_dict.get("custom_attributes")
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CustomAttributes.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_attributes = custom_attributes

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

        conversation_parts = src_dict.get("conversation_parts")
        if isinstance(conversation_parts, dict):
            try:
                conversation_parts_type_0 = ConversationParts.from_dict(conversation_parts)

                conversation_parts = conversation_parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.conversation_parts = conversation_parts

        linked_objects = src_dict.get("linked_objects")
        if isinstance(linked_objects, dict):
            try:
                linked_objects_type_0 = LinkedObjectList.from_dict(linked_objects)

                linked_objects = linked_objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.linked_objects = linked_objects

        ai_topics = src_dict.get("ai_topics")
        if isinstance(ai_topics, dict):
            try:
                ai_topics_type_0 = AiTopics.from_dict(ai_topics)

                ai_topics = ai_topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ai_topics = ai_topics

        self.ai_agent_participated = src_dict.get("ai_agent_participated")

        ai_agent = src_dict.get("ai_agent")
        if isinstance(ai_agent, dict):
            try:
                ai_agent_type_0 = AiAgent.from_dict(ai_agent)

                ai_agent = ai_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ai_agent = ai_agent

        self.sales_agent_participated = src_dict.get("sales_agent_participated")

        sales_agent = src_dict.get("sales_agent")
        if isinstance(sales_agent, dict):
            try:
                sales_agent_type_0 = SalesAgent.from_dict(sales_agent)

                sales_agent = sales_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sales_agent = sales_agent

        channel = src_dict.get("channel")
        if isinstance(channel, dict):
            try:
                channel_type_0 = ConversationChannel.from_dict(channel)

                channel = channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.channel = channel

        external_references = src_dict.get("external_references")
        if isinstance(external_references, list):
            try:
                external_references_type_0 = []
                _external_references_type_0 = external_references
                for external_references_type_0_item_data in _external_references_type_0:
                    external_references_type_0_item = ConversationExternalReference.from_dict(
                        external_references_type_0_item_data
                    )

                    external_references_type_0.append(external_references_type_0_item)

                external_references = external_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.external_references = external_references

        monitor_evaluations = src_dict.get("monitor_evaluations")
        if isinstance(monitor_evaluations, list):
            try:
                monitor_evaluations_type_0 = []
                _monitor_evaluations_type_0 = monitor_evaluations
                for monitor_evaluations_type_0_item_data in _monitor_evaluations_type_0:
                    monitor_evaluations_type_0_item = ConversationMonitorEvaluation.from_dict(
                        monitor_evaluations_type_0_item_data
                    )

                    monitor_evaluations_type_0.append(monitor_evaluations_type_0_item)

                monitor_evaluations = monitor_evaluations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.monitor_evaluations = monitor_evaluations

        scorecards = src_dict.get("scorecards")
        if isinstance(scorecards, list):
            try:
                scorecards_type_0 = []
                _scorecards_type_0 = scorecards
                for scorecards_type_0_item_data in _scorecards_type_0:
                    scorecards_type_0_item = ConversationScorecard.from_dict(scorecards_type_0_item_data)

                    scorecards_type_0.append(scorecards_type_0_item)

                scorecards = scorecards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.scorecards = scorecards

        customers = src_dict.get("customers")
        if isinstance(customers, list):
            try:
                customers_type_0 = []
                _customers_type_0 = customers
                for customers_type_0_item_data in _customers_type_0:
                    customers_type_0_item = ConversationCustomersType0Item.from_dict(customers_type_0_item_data)

                    customers_type_0.append(customers_type_0_item)

                customers = customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.customers = customers

        topics = src_dict.get("topics")
        if isinstance(topics, dict):
            try:
                topics_type_0 = ConversationTopicsType0.from_dict(topics)

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
        "company",
        "tags",
        "conversation_rating",
        "source",
        "contacts",
        "teammates",
        "custom_attributes",
        "first_contact_reply",
        "sla_applied",
        "statistics",
        "conversation_parts",
        "linked_objects",
        "ai_topics",
        "ai_agent_participated",
        "ai_agent",
        "sales_agent_participated",
        "sales_agent",
        "channel",
        "external_references",
        "monitor_evaluations",
        "scorecards",
        "customers",
        "topics",
        "ticket",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        AiAgent, \
        AiTopics, \
        Company, \
        ConversationChannel, \
        ConversationContacts, \
        ConversationCustomersType0Item, \
        ConversationExternalReference, \
        ConversationFirstContactReply, \
        ConversationMonitorEvaluation, \
        ConversationParts, \
        ConversationRating, \
        ConversationScorecard, \
        ConversationSource, \
        ConversationStatistics, \
        ConversationTeammates, \
        ConversationTopicsType0, \
        CustomAttributes, \
        LinkedObjectList, \
        SalesAgent, \
        SlaApplied, \
        Tags
    from ..models.ai_agent import AiAgent
    from ..models.ai_topics import AiTopics
    from ..models.company import Company
    from ..models.conversation_channel import ConversationChannel
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_customers_type_0_item import ConversationCustomersType0Item
    from ..models.conversation_external_reference import ConversationExternalReference
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_monitor_evaluation import ConversationMonitorEvaluation
    from ..models.conversation_parts import ConversationParts
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_scorecard import ConversationScorecard
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.conversation_topics_type_0 import ConversationTopicsType0
    from ..models.custom_attributes import CustomAttributes
    from ..models.linked_object_list import LinkedObjectList
    from ..models.sales_agent import SalesAgent
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags

    _lazy_loaded = True
