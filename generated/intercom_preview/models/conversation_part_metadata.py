from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_part_metadata_quick_reply_options_type_0_item import (
        ConversationPartMetadataQuickReplyOptionsType0Item,
    )


T = TypeVar("T", bound="ConversationPartMetadata")


@_attrs_define
class ConversationPartMetadata:
    """Metadata for a conversation part

    Attributes:
        quick_reply_options (list[ConversationPartMetadataQuickReplyOptionsType0Item] | None): The quick reply options
            sent by the Admin or bot, presented in this conversation part.
        quick_reply_uuid (None | UUID): The unique identifier for the quick reply option that was clicked by the end
            user. Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    quick_reply_options: list[ConversationPartMetadataQuickReplyOptionsType0Item] | None = None
    quick_reply_uuid: None | UUID = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        quick_reply_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.quick_reply_options, Unset):
            quick_reply_options = UNSET
        elif isinstance(self.quick_reply_options, list):
            quick_reply_options = []
            for quick_reply_options_type_0_item_data in self.quick_reply_options:
                quick_reply_options_type_0_item = quick_reply_options_type_0_item_data.to_dict()
                quick_reply_options.append(quick_reply_options_type_0_item)

        else:
            quick_reply_options = self.quick_reply_options

        quick_reply_uuid: None | str | Unset
        if isinstance(self.quick_reply_uuid, Unset):
            quick_reply_uuid = UNSET
        elif isinstance(self.quick_reply_uuid, UUID):
            quick_reply_uuid = str(self.quick_reply_uuid)
        else:
            quick_reply_uuid = self.quick_reply_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quick_reply_options is not UNSET and (
            quick_reply_options is not None or "quick_reply_options" in self._received
        ):
            field_dict["quick_reply_options"] = quick_reply_options
        if quick_reply_uuid is not UNSET and (quick_reply_uuid is not None or "quick_reply_uuid" in self._received):
            field_dict["quick_reply_uuid"] = quick_reply_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationPartMetadata:
            cls.__init__(self)
        quick_reply_options = src_dict.get("quick_reply_options")
        if isinstance(quick_reply_options, list):
            try:
                quick_reply_options_type_0 = []
                _quick_reply_options_type_0 = quick_reply_options
                for quick_reply_options_type_0_item_data in _quick_reply_options_type_0:
                    quick_reply_options_type_0_item = ConversationPartMetadataQuickReplyOptionsType0Item.from_dict(
                        quick_reply_options_type_0_item_data
                    )

                    quick_reply_options_type_0.append(quick_reply_options_type_0_item)

                quick_reply_options = quick_reply_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.quick_reply_options = quick_reply_options

        quick_reply_uuid = src_dict.get("quick_reply_uuid")
        if isinstance(quick_reply_uuid, str):
            try:
                quick_reply_uuid_type_0 = UUID(quick_reply_uuid)

                quick_reply_uuid = quick_reply_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.quick_reply_uuid = quick_reply_uuid

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
        "quick_reply_options",
        "quick_reply_uuid",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationPartMetadataQuickReplyOptionsType0Item
    from ..models.conversation_part_metadata_quick_reply_options_type_0_item import (
        ConversationPartMetadataQuickReplyOptionsType0Item,
    )

    _lazy_loaded = True
