from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

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
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        self = new_instance(cls)
        if cls is not ConversationTagsUpdated:
            cls.__init__(self)
        self.tags_added = src_dict.get("tags_added")

        self.tags_removed = src_dict.get("tags_removed")

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
        "tags_added",
        "tags_removed",
    }
)
