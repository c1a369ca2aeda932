from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_priority_level_request import AdminPriorityLevelRequest


T = TypeVar("T", bound="UpdateTeamMembersRequest")


@_attrs_define
class UpdateTeamMembersRequest:
    """The request payload for updating a team's membership.
    `admin_ids` is the complete set of teammates who should be on the team once
    the request completes, not a list of changes to apply. Any teammate currently
    on the team but absent from `admin_ids` is removed.

    The team's members and their priority levels are the only parts of a team this
    endpoint writes, and the request is read from the body: a parameter sent in the
    query string is rejected rather than applied. A team read from the API can be sent
    back whole, since the other fields of the representation are accepted as long as
    they are unchanged. Trying to change one of them returns a 400 rather than being
    ignored, as does any field a team does not have.

    `admin_priority_level` sets which teammates take work first. It is optional, and
    names only the teammates whose level the request is setting: a teammate it leaves
    out keeps the level they already have, and one joining the team without a level
    named becomes a primary member. A level named for a teammate the request removes is
    ignored, so a team read from the API can still be sent back whole with only
    `admin_ids` changed.

    Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
    naming the same id at both levels, unless the team really does hold that teammate
    at both: a read reports that shape, and sending it back settles them at a single
    level rather than being refused.

    Only a team whose `distribution_method` is `load_balanced` can have secondary
    members, so `secondary_admin_ids` returns a 400 on any other team.
    `primary_admin_ids` is accepted on every team, but a team that does not balance
    assignment does not report `admin_priority_level` back and does not use the levels
    to decide who work goes to.

        Attributes:
            admin_ids (list[int]): The ids of every teammate who should be a member of the team. Must contain at least one
                id, and no more than 1000. Example: [493881, 493882].
            admin_priority_level (AdminPriorityLevelRequest | None | Unset):
    """

    admin_ids: list[int]
    admin_priority_level: AdminPriorityLevelRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        admin_ids = self.admin_ids

        admin_priority_level: dict[str, Any] | None | Unset
        if isinstance(self.admin_priority_level, Unset):
            admin_priority_level = UNSET
        elif isinstance(self.admin_priority_level, AdminPriorityLevelRequest):
            admin_priority_level = self.admin_priority_level.to_dict()
        else:
            admin_priority_level = self.admin_priority_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_ids": admin_ids,
            }
        )
        if admin_priority_level is not UNSET:
            field_dict["admin_priority_level"] = admin_priority_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        admin_ids = cast(list[int], d.pop("admin_ids"))

        admin_priority_level = d.pop("admin_priority_level", UNSET)
        if isinstance(admin_priority_level, dict):
            try:
                admin_priority_level_type_0 = AdminPriorityLevelRequest.from_dict(admin_priority_level)

                admin_priority_level = admin_priority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        update_team_members_request = cls(
            admin_ids=admin_ids,
            admin_priority_level=admin_priority_level,
        )

        update_team_members_request.additional_properties = d
        return update_team_members_request

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
    global _lazy_loaded, AdminPriorityLevelRequest
    from ..models.admin_priority_level_request import AdminPriorityLevelRequest

    _lazy_loaded = True
