from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="AdminPriorityLevel")


@_attrs_define
class AdminPriorityLevel:
    """Admin priority levels for the team

    Attributes:
        primary_admin_ids (list[int] | None): The primary admin ids for the team Example: [493881].
        secondary_admin_ids (list[int] | None): The secondary admin ids for the team Example: [814865].
    """

    primary_admin_ids: list[int] | None = None
    secondary_admin_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        primary_admin_ids: list[int] | None | Unset
        if isinstance(self.primary_admin_ids, Unset):
            primary_admin_ids = UNSET
        elif isinstance(self.primary_admin_ids, list):
            primary_admin_ids = self.primary_admin_ids

        else:
            primary_admin_ids = self.primary_admin_ids

        secondary_admin_ids: list[int] | None | Unset
        if isinstance(self.secondary_admin_ids, Unset):
            secondary_admin_ids = UNSET
        elif isinstance(self.secondary_admin_ids, list):
            secondary_admin_ids = self.secondary_admin_ids

        else:
            secondary_admin_ids = self.secondary_admin_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_admin_ids is not UNSET and (primary_admin_ids is not None or "primary_admin_ids" in self._received):
            field_dict["primary_admin_ids"] = primary_admin_ids
        if secondary_admin_ids is not UNSET and (
            secondary_admin_ids is not None or "secondary_admin_ids" in self._received
        ):
            field_dict["secondary_admin_ids"] = secondary_admin_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not AdminPriorityLevel:
            cls.__init__(self)
        self.primary_admin_ids = src_dict.get("primary_admin_ids")

        self.secondary_admin_ids = src_dict.get("secondary_admin_ids")

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
        "primary_admin_ids",
        "secondary_admin_ids",
    }
)
