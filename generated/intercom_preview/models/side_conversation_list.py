from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side_conversation_list_type import SideConversationListType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.side_conversation_list_pages_type_0 import SideConversationListPagesType0
    from ..models.side_conversation_summary import SideConversationSummary


T = TypeVar("T", bound="SideConversationList")


@_attrs_define
class SideConversationList:
    """A paginated list of side conversations for a conversation.

    Attributes:
        type_ (None | SideConversationListType): The type of the response object. Example: side_conversation.list.
        side_conversations (list[SideConversationSummary] | None): An array of side conversation objects.
        total_count (int | None): The total number of side conversations. Example: 1.
        pages (None | SideConversationListPagesType0): Pagination metadata.
    """

    type_: None | SideConversationListType = None
    side_conversations: list[SideConversationSummary] | None = None
    total_count: int | None = None
    pages: None | SideConversationListPagesType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SideConversationListType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        side_conversations: list[dict[str, Any]] | None | Unset
        if isinstance(self.side_conversations, Unset):
            side_conversations = UNSET
        elif isinstance(self.side_conversations, list):
            side_conversations = []
            for side_conversations_type_0_item_data in self.side_conversations:
                side_conversations_type_0_item = side_conversations_type_0_item_data.to_dict()
                side_conversations.append(side_conversations_type_0_item)

        else:
            side_conversations = self.side_conversations

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, SideConversationListPagesType0):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if side_conversations is not UNSET and (
            side_conversations is not None or "side_conversations" in self._received
        ):
            field_dict["side_conversations"] = side_conversations
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not SideConversationList:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = SideConversationListType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        side_conversations = src_dict.get("side_conversations")
        if isinstance(side_conversations, list):
            try:
                side_conversations_type_0 = []
                _side_conversations_type_0 = side_conversations
                for side_conversations_type_0_item_data in _side_conversations_type_0:
                    side_conversations_type_0_item = SideConversationSummary.from_dict(
                        side_conversations_type_0_item_data
                    )

                    side_conversations_type_0.append(side_conversations_type_0_item)

                side_conversations = side_conversations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.side_conversations = side_conversations

        self.total_count = src_dict.get("total_count")

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = SideConversationListPagesType0.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

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
        "side_conversations",
        "total_count",
        "pages",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, SideConversationListPagesType0, SideConversationSummary
    from ..models.side_conversation_list_pages_type_0 import SideConversationListPagesType0
    from ..models.side_conversation_summary import SideConversationSummary

    _lazy_loaded = True
