from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_parts_type import ConversationPartsType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_part import ConversationPart


T = TypeVar("T", bound="ConversationParts")


@_attrs_define
class ConversationParts:
    """A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving
    a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts.

        Attributes:
            type_ (ConversationPartsType | None):  Example: conversation_part.list.
            conversation_parts (list[ConversationPart] | None): A list of Conversation Part objects for each part message in
                the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all
                Conversations. There is a limit of 500 parts.
            total_count (int | None):  Example: 2.
    """

    type_: ConversationPartsType | None = None
    conversation_parts: list[ConversationPart] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationPartsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        conversation_parts: list[dict[str, Any]] | None | Unset
        if isinstance(self.conversation_parts, Unset):
            conversation_parts = UNSET
        elif isinstance(self.conversation_parts, list):
            conversation_parts = []
            for conversation_parts_type_0_item_data in self.conversation_parts:
                conversation_parts_type_0_item = conversation_parts_type_0_item_data.to_dict()
                conversation_parts.append(conversation_parts_type_0_item)

        else:
            conversation_parts = self.conversation_parts

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if conversation_parts is not UNSET and (
            conversation_parts is not None or "conversation_parts" in self._received
        ):
            field_dict["conversation_parts"] = conversation_parts
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationParts:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ConversationPartsType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        conversation_parts = src_dict.get("conversation_parts")
        if isinstance(conversation_parts, list):
            try:
                conversation_parts_type_0 = []
                _conversation_parts_type_0 = conversation_parts
                for conversation_parts_type_0_item_data in _conversation_parts_type_0:
                    conversation_parts_type_0_item = ConversationPart.from_dict(conversation_parts_type_0_item_data)

                    conversation_parts_type_0.append(conversation_parts_type_0_item)

                conversation_parts = conversation_parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.conversation_parts = conversation_parts

        self.total_count = src_dict.get("total_count")

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
        "conversation_parts",
        "total_count",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationPart
    from ..models.conversation_part import ConversationPart

    _lazy_loaded = True
