from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="TeamMetric")


@_attrs_define
class TeamMetric:
    """Per-admin activity metrics within a team.

    Attributes:
        type_ (None | str):  Example: team_metric.
        admin_id (None | str): The unique identifier for the admin. Example: 123.
        open_ (int | None): The number of open conversations assigned to the admin. Example: 5.
        idle (int | None): The number of idle conversations assigned to the admin. A conversation is idle when it has
            been open and waiting for an admin reply longer than the idle_threshold. Example: 2.
        snoozed (int | None): The number of snoozed conversations assigned to the admin. Example: 1.
    """

    type_: None | str = None
    admin_id: None | str = None
    open_: int | None = None
    idle: int | None = None
    snoozed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        open_: int | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        idle: int | None | Unset
        if isinstance(self.idle, Unset):
            idle = UNSET
        else:
            idle = self.idle

        snoozed: int | None | Unset
        if isinstance(self.snoozed, Unset):
            snoozed = UNSET
        else:
            snoozed = self.snoozed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if admin_id is not UNSET and (admin_id is not None or "admin_id" in self._received):
            field_dict["admin_id"] = admin_id
        if open_ is not UNSET and (open_ is not None or "open" in self._received):
            field_dict["open"] = open_
        if idle is not UNSET and (idle is not None or "idle" in self._received):
            field_dict["idle"] = idle
        if snoozed is not UNSET and (snoozed is not None or "snoozed" in self._received):
            field_dict["snoozed"] = snoozed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not TeamMetric:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.admin_id = src_dict.get("admin_id")

        self.open_ = src_dict.get("open")

        self.idle = src_dict.get("idle")

        self.snoozed = src_dict.get("snoozed")

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
        "admin_id",
        "open",
        "idle",
        "snoozed",
    }
)
