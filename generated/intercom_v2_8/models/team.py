from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.admin_priority_level import AdminPriorityLevel


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """Teams are groups of admins in Intercom.

    Attributes:
        type_ (None | str): Value is always "team" Example: team.
        id (None | str): The id of the team Example: 814865.
        name (None | str): The name of the team Example: Example Team.
        admin_ids (list[int] | None): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None):
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    admin_ids: list[int] | None = None
    admin_priority_level: AdminPriorityLevel | None = None
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if admin_ids is not UNSET and (admin_ids is not None or "admin_ids" in self._received):
            field_dict["admin_ids"] = admin_ids
        if admin_priority_level is not UNSET and (
            admin_priority_level is not None or "admin_priority_level" in self._received
        ):
            field_dict["admin_priority_level"] = admin_priority_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Team:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.admin_ids = src_dict.get("admin_ids")

        admin_priority_level = src_dict.get("admin_priority_level")
        if isinstance(admin_priority_level, dict):
            try:
                admin_priority_level_type_0 = AdminPriorityLevel.from_dict(admin_priority_level)

                admin_priority_level = admin_priority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.admin_priority_level = admin_priority_level

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
        "admin_ids",
        "admin_priority_level",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, AdminPriorityLevel
    from ..models.admin_priority_level import AdminPriorityLevel

    _lazy_loaded = True
