from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_list_type import ConversationListType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_list_item import ConversationListItem
    from ..models.cursor_pages import CursorPages


T = TypeVar("T", bound="ConversationList")


@_attrs_define
class ConversationList:
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

        Attributes:
            type_ (ConversationListType | None): Always conversation.list Example: conversation.list.
            conversations (list[ConversationListItem] | None): The list of conversation objects
            total_count (int | None): A count of the total number of objects. Example: 12345.
            pages (CursorPages | None):
    """

    type_: ConversationListType | None = None
    conversations: list[ConversationListItem] | None = None
    total_count: int | None = None
    pages: CursorPages | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationListType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        conversations: list[dict[str, Any]] | None | Unset
        if isinstance(self.conversations, Unset):
            conversations = UNSET
        elif isinstance(self.conversations, list):
            conversations = []
            for conversations_type_0_item_data in self.conversations:
                conversations_type_0_item = conversations_type_0_item_data.to_dict()
                conversations.append(conversations_type_0_item)

        else:
            conversations = self.conversations

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, CursorPages):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if conversations is not UNSET and (conversations is not None or "conversations" in self._received):
            field_dict["conversations"] = conversations
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_type_(data: object) -> ConversationListType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ConversationListType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationListType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_conversations(data: object) -> list[ConversationListItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conversations_type_0 = []
                _conversations_type_0 = data
                for conversations_type_0_item_data in _conversations_type_0:
                    conversations_type_0_item = ConversationListItem.from_dict(conversations_type_0_item_data)

                    conversations_type_0.append(conversations_type_0_item)

                return conversations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationListItem] | None | Unset, data)

        conversations = _parse_conversations(d.pop("conversations", None))

        total_count = d.pop("total_count", None)

        def _parse_pages(data: object) -> CursorPages | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pages_type_0 = CursorPages.from_dict(data)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CursorPages | None | Unset, data)

        pages = _parse_pages(d.pop("pages", None))

        conversation_list = cls(
            type_=type_,
            conversations=conversations,
            total_count=total_count,
            pages=pages,
        )

        conversation_list._received = src_dict.keys()

        conversation_list.additional_properties = d
        return conversation_list

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
    global _lazy_loaded, ConversationListItem, CursorPages
    from ..models.conversation_list_item import ConversationListItem
    from ..models.cursor_pages import CursorPages

    _lazy_loaded = True
