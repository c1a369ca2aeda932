from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance
from .quick_reply_option import QuickReplyOption

if TYPE_CHECKING:
    from ..models.conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0 import (
        ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0,
    )


T = TypeVar("T", bound="ConversationPartMetadataQuickReplyOptionsType0Item")


@_attrs_define
class ConversationPartMetadataQuickReplyOptionsType0Item(QuickReplyOption):
    """
    Attributes:
        text (None | str): The text to display in this quick reply option.
        uuid (None | UUID): A unique identifier for this quick reply option. This value will be available within the
            metadata of the comment conversation part that is created when a user clicks on this reply option.
        translations (ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0 | None): The translations for
            the quick reply option. Example: {'en': 'Hello', 'fr': 'Bonjour'}.
    """

    text: None | str = None
    uuid: None | UUID = None
    translations: ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        elif isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET and (text is not None or "text" in self._received):
            field_dict["text"] = text
        if uuid is not UNSET and (uuid is not None or "uuid" in self._received):
            field_dict["uuid"] = uuid
        if translations is not UNSET and (translations is not None or "translations" in self._received):
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationPartMetadataQuickReplyOptionsType0Item:
            cls.__init__(self)
        self.text = src_dict.get("text")

        uuid = src_dict.get("uuid")
        if isinstance(uuid, str):
            try:
                uuid_type_0 = UUID(uuid)

                uuid = uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.uuid = uuid

        translations = src_dict.get("translations")
        if isinstance(translations, dict):
            try:
                translations_type_0 = ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0.from_dict(
                    translations
                )

                translations = translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.translations = translations

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
        "text",
        "uuid",
        "translations",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0
    from ..models.conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0 import (
        ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0,
    )

    _lazy_loaded = True
