from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamPriorityLevel")


@_attrs_define
class TeamPriorityLevel:
    """Admin priority levels for teams

    Attributes:
        primary_team_ids (list[int] | None): The primary team ids for the team Example: [814865].
        secondary_team_ids (list[int] | None): The secondary team ids for the team Example: [493881].
    """

    primary_team_ids: list[int] | None = None
    secondary_team_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        primary_team_ids: list[int] | None | Unset
        if isinstance(self.primary_team_ids, Unset):
            primary_team_ids = UNSET
        elif isinstance(self.primary_team_ids, list):
            primary_team_ids = self.primary_team_ids

        else:
            primary_team_ids = self.primary_team_ids

        secondary_team_ids: list[int] | None | Unset
        if isinstance(self.secondary_team_ids, Unset):
            secondary_team_ids = UNSET
        elif isinstance(self.secondary_team_ids, list):
            secondary_team_ids = self.secondary_team_ids

        else:
            secondary_team_ids = self.secondary_team_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_team_ids is not UNSET and (primary_team_ids is not None or "primary_team_ids" in self._received):
            field_dict["primary_team_ids"] = primary_team_ids
        if secondary_team_ids is not UNSET and (
            secondary_team_ids is not None or "secondary_team_ids" in self._received
        ):
            field_dict["secondary_team_ids"] = secondary_team_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_primary_team_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                primary_team_ids_type_0 = cast(list[int], data)

                return primary_team_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        primary_team_ids = _parse_primary_team_ids(d.pop("primary_team_ids", None))

        def _parse_secondary_team_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secondary_team_ids_type_0 = cast(list[int], data)

                return secondary_team_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        secondary_team_ids = _parse_secondary_team_ids(d.pop("secondary_team_ids", None))

        team_priority_level = cls(
            primary_team_ids=primary_team_ids,
            secondary_team_ids=secondary_team_ids,
        )

        team_priority_level._received = src_dict.keys()

        team_priority_level.additional_properties = d
        return team_priority_level

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
