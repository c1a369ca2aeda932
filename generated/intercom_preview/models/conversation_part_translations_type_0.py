from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationPartTranslationsType0")


@_attrs_define
class ConversationPartTranslationsType0:
    """A map of the reply text keyed by locale code. Only present on the Preview API version and backs the
    `conversation.admin.replied.translated` webhook topic. The special `original` key holds the source locale code of
    the reply; every other key is a locale code whose value is the reply text translated into that locale, as HTML in
    the same format as `body`. The `body` field is unchanged and always stays in the original source language. Available
    in the Preview API version only (set `Intercom-Version: Preview`).

        Example:
            {'original': 'en', 'en': '<p>Hello</p>', 'fr': '<p>Bonjour</p>'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_part_translations_type_0 = cls()

        conversation_part_translations_type_0.additional_properties = d
        return conversation_part_translations_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
