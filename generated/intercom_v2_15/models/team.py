from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_priority_level import AdminPriorityLevel


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """Teams are groups of admins in Intercom.

    Attributes:
        type_ (None | str | Unset): Value is always "team" Example: team.
        id (None | str | Unset): The id of the team Example: 814865.
        name (None | str | Unset): The name of the team Example: Example Team.
        admin_ids (list[int] | None | Unset): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None | Unset):
        assignment_limit (int | None | Unset): The assignment limit for the team. This field is only present when the
            team's distribution type is load balanced. Example: 10.
        distribution_method (None | str | Unset): Describes how assignments are distributed among the team members
            Example: round_robin.
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    admin_ids: list[int] | None | Unset = UNSET
    admin_priority_level: AdminPriorityLevel | None | Unset = UNSET
    assignment_limit: int | None | Unset = UNSET
    distribution_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        admin_ids: list[int] | None | Unset
        if isinstance(self.admin_ids, Unset):
            admin_ids = UNSET
        elif isinstance(self.admin_ids, list):
            admin_ids = self.admin_ids

        else:
            admin_ids = self.admin_ids

        admin_priority_level: dict[str, Any] | None | Unset
        if isinstance(self.admin_priority_level, Unset):
            admin_priority_level = UNSET
        elif isinstance(self.admin_priority_level, AdminPriorityLevel):
            admin_priority_level = self.admin_priority_level.to_dict()
        else:
            admin_priority_level = self.admin_priority_level

        assignment_limit: int | None | Unset
        if isinstance(self.assignment_limit, Unset):
            assignment_limit = UNSET
        else:
            assignment_limit = self.assignment_limit

        distribution_method: None | str | Unset
        if isinstance(self.distribution_method, Unset):
            distribution_method = UNSET
        else:
            distribution_method = self.distribution_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if admin_ids is not UNSET:
            field_dict["admin_ids"] = admin_ids
        if admin_priority_level is not UNSET:
            field_dict["admin_priority_level"] = admin_priority_level
        if assignment_limit is not UNSET:
            field_dict["assignment_limit"] = assignment_limit
        if distribution_method is not UNSET:
            field_dict["distribution_method"] = distribution_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_admin_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                admin_ids_type_0 = cast(list[int], data)

                return admin_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        admin_ids = _parse_admin_ids(d.pop("admin_ids", UNSET))

        def _parse_admin_priority_level(data: object) -> AdminPriorityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_priority_level_type_0 = AdminPriorityLevel.from_dict(data)

                return admin_priority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminPriorityLevel | None | Unset, data)

        admin_priority_level = _parse_admin_priority_level(d.pop("admin_priority_level", UNSET))

        assignment_limit = d.pop("assignment_limit", UNSET)

        distribution_method = d.pop("distribution_method", UNSET)

        team = cls(
            type_=type_,
            id=id,
            name=name,
            admin_ids=admin_ids,
            admin_priority_level=admin_priority_level,
            assignment_limit=assignment_limit,
            distribution_method=distribution_method,
        )

        team.additional_properties = d
        return team

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
    global _lazy_loaded, AdminPriorityLevel
    from ..models.admin_priority_level import AdminPriorityLevel

    _lazy_loaded = True
