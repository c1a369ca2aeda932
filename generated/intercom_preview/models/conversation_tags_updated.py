from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationTagsUpdated")


@_attrs_define
class ConversationTagsUpdated:
    """Contains details about tags that were added or removed from a conversation for conversation part type
    <code>conversation_tags_updated</code>.

        Attributes:
            tags_added (list[str] | None): Array of tag names that were added Example: ['feature-shopify-multi-store',
                'second-tag'].
            tags_removed (list[str] | None): Array of tag names that were removed Example: ['feature-embercom-app-
                serializer-limit-external-plans'].
    """

    tags_added: list[str] | None = None
    tags_removed: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tags_added: list[str] | None | Unset
        if isinstance(self.tags_added, Unset):
            tags_added = UNSET
        elif isinstance(self.tags_added, list):
            tags_added = self.tags_added

        else:
            tags_added = self.tags_added

        tags_removed: list[str] | None | Unset
        if isinstance(self.tags_removed, Unset):
            tags_removed = UNSET
        elif isinstance(self.tags_removed, list):
            tags_removed = self.tags_removed

        else:
            tags_removed = self.tags_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags_added is not UNSET and (tags_added is not None or "tags_added" in self._received):
            field_dict["tags_added"] = tags_added
        if tags_removed is not UNSET and (tags_removed is not None or "tags_removed" in self._received):
            field_dict["tags_removed"] = tags_removed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_tags_added(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_added_type_0 = cast(list[str], data)

                return tags_added_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags_added = _parse_tags_added(d.pop("tags_added", None))

        def _parse_tags_removed(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_removed_type_0 = cast(list[str], data)

                return tags_removed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags_removed = _parse_tags_removed(d.pop("tags_removed", None))

        conversation_tags_updated = cls(
            tags_added=tags_added,
            tags_removed=tags_removed,
        )

        conversation_tags_updated._received = src_dict.keys()

        conversation_tags_updated.additional_properties = d
        return conversation_tags_updated

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
