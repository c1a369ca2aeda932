from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginated_response_conversations_type_0_item_contacts_type_0 import (
        PaginatedResponseConversationsType0ItemContactsType0,
    )
    from ..models.paginated_response_conversations_type_0_item_source_type_0 import (
        PaginatedResponseConversationsType0ItemSourceType0,
    )
    from ..models.paginated_response_conversations_type_0_item_tags_type_0 import (
        PaginatedResponseConversationsType0ItemTagsType0,
    )
    from ..models.paginated_response_conversations_type_0_item_topics_type_0 import (
        PaginatedResponseConversationsType0ItemTopicsType0,
    )


T = TypeVar("T", bound="PaginatedResponseConversationsType0Item")


@_attrs_define
class PaginatedResponseConversationsType0Item:
    """
    Attributes:
        type_ (None | str | Unset):
        id (None | str | Unset):
        created_at (int | None | Unset):
        updated_at (int | None | Unset):
        waiting_since (Any | Unset): Sent as null in the example; its type is not documented.
        snoozed_until (Any | Unset): Sent as null in the example; its type is not documented.
        source (None | PaginatedResponseConversationsType0ItemSourceType0 | Unset):
        contacts (None | PaginatedResponseConversationsType0ItemContactsType0 | Unset):
        first_contact_reply (Any | Unset): Sent as null in the example; its type is not documented.
        admin_assignee_id (int | None | Unset):
        team_assignee_id (int | None | Unset):
        open_ (bool | None | Unset):
        state (None | str | Unset):
        read (bool | None | Unset):
        tags (None | PaginatedResponseConversationsType0ItemTagsType0 | Unset):
        priority (None | str | Unset):
        sla_applied (Any | Unset): Sent as null in the example; its type is not documented.
        statistics (Any | Unset): Sent as null in the example; its type is not documented.
        conversation_rating (Any | Unset): Sent as null in the example; its type is not documented.
        teammates (Any | Unset): Sent as null in the example; its type is not documented.
        title (Any | Unset): Sent as null in the example; its type is not documented.
        topics (None | PaginatedResponseConversationsType0ItemTopicsType0 | Unset):
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    waiting_since: Any | Unset = UNSET
    snoozed_until: Any | Unset = UNSET
    source: None | PaginatedResponseConversationsType0ItemSourceType0 | Unset = UNSET
    contacts: None | PaginatedResponseConversationsType0ItemContactsType0 | Unset = UNSET
    first_contact_reply: Any | Unset = UNSET
    admin_assignee_id: int | None | Unset = UNSET
    team_assignee_id: int | None | Unset = UNSET
    open_: bool | None | Unset = UNSET
    state: None | str | Unset = UNSET
    read: bool | None | Unset = UNSET
    tags: None | PaginatedResponseConversationsType0ItemTagsType0 | Unset = UNSET
    priority: None | str | Unset = UNSET
    sla_applied: Any | Unset = UNSET
    statistics: Any | Unset = UNSET
    conversation_rating: Any | Unset = UNSET
    teammates: Any | Unset = UNSET
    title: Any | Unset = UNSET
    topics: None | PaginatedResponseConversationsType0ItemTopicsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        waiting_since = self.waiting_since

        snoozed_until = self.snoozed_until

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, PaginatedResponseConversationsType0ItemSourceType0):
            source = self.source.to_dict()
        else:
            source = self.source

        contacts: dict[str, Any] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, PaginatedResponseConversationsType0ItemContactsType0):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        first_contact_reply = self.first_contact_reply

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

        open_: bool | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        read: bool | None | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        else:
            read = self.read

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, PaginatedResponseConversationsType0ItemTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        sla_applied = self.sla_applied

        statistics = self.statistics

        conversation_rating = self.conversation_rating

        teammates = self.teammates

        title = self.title

        topics: dict[str, Any] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, PaginatedResponseConversationsType0ItemTopicsType0):
            topics = self.topics.to_dict()
        else:
            topics = self.topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if waiting_since is not UNSET:
            field_dict["waiting_since"] = waiting_since
        if snoozed_until is not UNSET:
            field_dict["snoozed_until"] = snoozed_until
        if source is not UNSET:
            field_dict["source"] = source
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if first_contact_reply is not UNSET:
            field_dict["first_contact_reply"] = first_contact_reply
        if admin_assignee_id is not UNSET:
            field_dict["admin_assignee_id"] = admin_assignee_id
        if team_assignee_id is not UNSET:
            field_dict["team_assignee_id"] = team_assignee_id
        if open_ is not UNSET:
            field_dict["open"] = open_
        if state is not UNSET:
            field_dict["state"] = state
        if read is not UNSET:
            field_dict["read"] = read
        if tags is not UNSET:
            field_dict["tags"] = tags
        if priority is not UNSET:
            field_dict["priority"] = priority
        if sla_applied is not UNSET:
            field_dict["sla_applied"] = sla_applied
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if conversation_rating is not UNSET:
            field_dict["conversation_rating"] = conversation_rating
        if teammates is not UNSET:
            field_dict["teammates"] = teammates
        if title is not UNSET:
            field_dict["title"] = title
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        waiting_since = d.pop("waiting_since", UNSET)

        snoozed_until = d.pop("snoozed_until", UNSET)

        def _parse_source(data: object) -> None | PaginatedResponseConversationsType0ItemSourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = PaginatedResponseConversationsType0ItemSourceType0.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedResponseConversationsType0ItemSourceType0 | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_contacts(data: object) -> None | PaginatedResponseConversationsType0ItemContactsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contacts_type_0 = PaginatedResponseConversationsType0ItemContactsType0.from_dict(data)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedResponseConversationsType0ItemContactsType0 | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        first_contact_reply = d.pop("first_contact_reply", UNSET)

        admin_assignee_id = d.pop("admin_assignee_id", UNSET)

        team_assignee_id = d.pop("team_assignee_id", UNSET)

        open_ = d.pop("open", UNSET)

        state = d.pop("state", UNSET)

        read = d.pop("read", UNSET)

        def _parse_tags(data: object) -> None | PaginatedResponseConversationsType0ItemTagsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = PaginatedResponseConversationsType0ItemTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedResponseConversationsType0ItemTagsType0 | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        priority = d.pop("priority", UNSET)

        sla_applied = d.pop("sla_applied", UNSET)

        statistics = d.pop("statistics", UNSET)

        conversation_rating = d.pop("conversation_rating", UNSET)

        teammates = d.pop("teammates", UNSET)

        title = d.pop("title", UNSET)

        def _parse_topics(data: object) -> None | PaginatedResponseConversationsType0ItemTopicsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topics_type_0 = PaginatedResponseConversationsType0ItemTopicsType0.from_dict(data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedResponseConversationsType0ItemTopicsType0 | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        paginated_response_conversations_type_0_item = cls(
            type_=type_,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            waiting_since=waiting_since,
            snoozed_until=snoozed_until,
            source=source,
            contacts=contacts,
            first_contact_reply=first_contact_reply,
            admin_assignee_id=admin_assignee_id,
            team_assignee_id=team_assignee_id,
            open_=open_,
            state=state,
            read=read,
            tags=tags,
            priority=priority,
            sla_applied=sla_applied,
            statistics=statistics,
            conversation_rating=conversation_rating,
            teammates=teammates,
            title=title,
            topics=topics,
        )

        paginated_response_conversations_type_0_item.additional_properties = d
        return paginated_response_conversations_type_0_item

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
        PaginatedResponseConversationsType0ItemContactsType0, \
        PaginatedResponseConversationsType0ItemSourceType0, \
        PaginatedResponseConversationsType0ItemTagsType0, \
        PaginatedResponseConversationsType0ItemTopicsType0
    from ..models.paginated_response_conversations_type_0_item_contacts_type_0 import (
        PaginatedResponseConversationsType0ItemContactsType0,
    )
    from ..models.paginated_response_conversations_type_0_item_source_type_0 import (
        PaginatedResponseConversationsType0ItemSourceType0,
    )
    from ..models.paginated_response_conversations_type_0_item_tags_type_0 import (
        PaginatedResponseConversationsType0ItemTagsType0,
    )
    from ..models.paginated_response_conversations_type_0_item_topics_type_0 import (
        PaginatedResponseConversationsType0ItemTopicsType0,
    )

    _lazy_loaded = True
