from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
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
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        d = dict(src_dict)
        text = d.pop("text", None)

        def _parse_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        uuid = _parse_uuid(d.pop("uuid", None))

        def _parse_translations(
            data: object,
        ) -> ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0.from_dict(
                    data
                )

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0 | None | Unset, data)

        translations = _parse_translations(d.pop("translations", None))

        conversation_part_metadata_quick_reply_options_type_0_item = cls(
            text=text,
            uuid=uuid,
            translations=translations,
        )

        conversation_part_metadata_quick_reply_options_type_0_item._received = src_dict.keys()

        conversation_part_metadata_quick_reply_options_type_0_item.additional_properties = d
        return conversation_part_metadata_quick_reply_options_type_0_item

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
    global _lazy_loaded, ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0
    from ..models.conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0 import (
        ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0,
    )

    _lazy_loaded = True
