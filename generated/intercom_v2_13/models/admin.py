from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.team_priority_level import TeamPriorityLevel


T = TypeVar("T", bound="Admin")


@_attrs_define
class Admin:
    """Admins are teammate accounts that have access to a workspace.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `admin`. Example: admin.
        id (None | str): The id representing the admin. Example: 1295.
        name (None | str): The name of the admin. Example: Joe Example.
        email (None | str): The email of the admin. Example: jdoe@example.com.
        job_title (None | str): The job title of the admin. Example: Associate.
        away_mode_enabled (bool | None): Identifies if this admin is currently set in away mode. Example: False.
        away_mode_reassign (bool | None): Identifies if this admin is set to automatically reassign new conversations to
            the apps default inbox. Example: False.
        has_inbox_seat (bool | None): Identifies if this admin has a paid inbox seat to restrict/allow features that
            require them. Example: True.
        team_ids (list[int] | None): This object represents the avatar associated with the admin. Example: [814865].
        avatar (None | str): Image for the associated team or teammate Example: https://picsum.photos/200/300.
        team_priority_level (None | TeamPriorityLevel):
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    email: None | str = None
    job_title: None | str = None
    away_mode_enabled: bool | None = None
    away_mode_reassign: bool | None = None
    has_inbox_seat: bool | None = None
    team_ids: list[int] | None = None
    avatar: None | str = None
    team_priority_level: None | TeamPriorityLevel = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        away_mode_enabled: bool | None | Unset
        if isinstance(self.away_mode_enabled, Unset):
            away_mode_enabled = UNSET
        else:
            away_mode_enabled = self.away_mode_enabled

        away_mode_reassign: bool | None | Unset
        if isinstance(self.away_mode_reassign, Unset):
            away_mode_reassign = UNSET
        else:
            away_mode_reassign = self.away_mode_reassign

        has_inbox_seat: bool | None | Unset
        if isinstance(self.has_inbox_seat, Unset):
            has_inbox_seat = UNSET
        else:
            has_inbox_seat = self.has_inbox_seat

        team_ids: list[int] | None | Unset
        if isinstance(self.team_ids, Unset):
            team_ids = UNSET
        elif isinstance(self.team_ids, list):
            team_ids = self.team_ids

        else:
            team_ids = self.team_ids

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        team_priority_level: dict[str, Any] | None | Unset
        if isinstance(self.team_priority_level, Unset):
            team_priority_level = UNSET
        elif isinstance(self.team_priority_level, TeamPriorityLevel):
            team_priority_level = self.team_priority_level.to_dict()
        else:
            team_priority_level = self.team_priority_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if email is not UNSET and (email is not None or "email" in self._received):
            field_dict["email"] = email
        if job_title is not UNSET and (job_title is not None or "job_title" in self._received):
            field_dict["job_title"] = job_title
        if away_mode_enabled is not UNSET and (away_mode_enabled is not None or "away_mode_enabled" in self._received):
            field_dict["away_mode_enabled"] = away_mode_enabled
        if away_mode_reassign is not UNSET and (
            away_mode_reassign is not None or "away_mode_reassign" in self._received
        ):
            field_dict["away_mode_reassign"] = away_mode_reassign
        if has_inbox_seat is not UNSET and (has_inbox_seat is not None or "has_inbox_seat" in self._received):
            field_dict["has_inbox_seat"] = has_inbox_seat
        if team_ids is not UNSET and (team_ids is not None or "team_ids" in self._received):
            field_dict["team_ids"] = team_ids
        if avatar is not UNSET and (avatar is not None or "avatar" in self._received):
            field_dict["avatar"] = avatar
        if team_priority_level is not UNSET and (
            team_priority_level is not None or "team_priority_level" in self._received
        ):
            field_dict["team_priority_level"] = team_priority_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Admin:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.email = src_dict.get("email")

        self.job_title = src_dict.get("job_title")

        self.away_mode_enabled = src_dict.get("away_mode_enabled")

        self.away_mode_reassign = src_dict.get("away_mode_reassign")

        self.has_inbox_seat = src_dict.get("has_inbox_seat")

        self.team_ids = src_dict.get("team_ids")

        self.avatar = src_dict.get("avatar")

        team_priority_level = src_dict.get("team_priority_level")
        if isinstance(team_priority_level, dict):
            try:
                team_priority_level_type_0 = TeamPriorityLevel.from_dict(team_priority_level)

                team_priority_level = team_priority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.team_priority_level = team_priority_level

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
        "id",
        "name",
        "email",
        "job_title",
        "away_mode_enabled",
        "away_mode_reassign",
        "has_inbox_seat",
        "team_ids",
        "avatar",
        "team_priority_level",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TeamPriorityLevel
    from ..models.team_priority_level import TeamPriorityLevel

    _lazy_loaded = True
