from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_history_item_source_contact_role import MergeHistoryItemSourceContactRole
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="MergeHistoryItem")


@_attrs_define
class MergeHistoryItem:
    """A record of a contact that was merged into another contact.

    Attributes:
        type_ (None | str): The type of object. Example: merge_history.
        source_contact_id (None | str): The Intercom ID of the contact that was merged into this contact. Example:
            5ba682d23d7cf92bef87bfd3.
        source_contact_role (MergeHistoryItemSourceContactRole | None): The role of the contact that was merged in.
            Example: lead.
        merged_at (int | None): (Unix timestamp in seconds) The time when the merge occurred. Example: 1571672154.
    """

    type_: None | str = None
    source_contact_id: None | str = None
    source_contact_role: MergeHistoryItemSourceContactRole | None = None
    merged_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        source_contact_id: None | str | Unset
        if isinstance(self.source_contact_id, Unset):
            source_contact_id = UNSET
        else:
            source_contact_id = self.source_contact_id

        source_contact_role: None | str | Unset
        if isinstance(self.source_contact_role, Unset):
            source_contact_role = UNSET
        elif isinstance(self.source_contact_role, MergeHistoryItemSourceContactRole):
            source_contact_role = self.source_contact_role.value
        else:
            source_contact_role = self.source_contact_role

        merged_at: int | None | Unset
        if isinstance(self.merged_at, Unset):
            merged_at = UNSET
        else:
            merged_at = self.merged_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if source_contact_id is not UNSET and (source_contact_id is not None or "source_contact_id" in self._received):
            field_dict["source_contact_id"] = source_contact_id
        if source_contact_role is not UNSET and (
            source_contact_role is not None or "source_contact_role" in self._received
        ):
            field_dict["source_contact_role"] = source_contact_role
        if merged_at is not UNSET and (merged_at is not None or "merged_at" in self._received):
            field_dict["merged_at"] = merged_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not MergeHistoryItem:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.source_contact_id = src_dict.get("source_contact_id")

        source_contact_role = src_dict.get("source_contact_role")
        if isinstance(source_contact_role, str):
            try:
                source_contact_role_type_1 = MergeHistoryItemSourceContactRole(source_contact_role)

                source_contact_role = source_contact_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.source_contact_role = source_contact_role

        self.merged_at = src_dict.get("merged_at")

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
        "source_contact_id",
        "source_contact_role",
        "merged_at",
    }
)
