from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationResponseTime")


@_attrs_define
class ConversationResponseTime:
    """Details of first response time of assigned team in seconds.

    Attributes:
        team_id (int | None): Id of the assigned team. Example: 100.
        team_name (None | str): Name of the assigned Team, null if team does not exist, Unassigned if no team is
            assigned. Example: Team One.
        response_time (int | None): First response time of assigned team in seconds. Example: 2310.
    """

    team_id: int | None = None
    team_name: None | str = None
    response_time: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        response_time: int | None | Unset
        if isinstance(self.response_time, Unset):
            response_time = UNSET
        else:
            response_time = self.response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET and (team_id is not None or "team_id" in self._received):
            field_dict["team_id"] = team_id
        if team_name is not UNSET and (team_name is not None or "team_name" in self._received):
            field_dict["team_name"] = team_name
        if response_time is not UNSET and (response_time is not None or "response_time" in self._received):
            field_dict["response_time"] = response_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationResponseTime:
            cls.__init__(self)
        self.team_id = src_dict.get("team_id")

        self.team_name = src_dict.get("team_name")

        self.response_time = src_dict.get("response_time")

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
        "team_id",
        "team_name",
        "response_time",
    }
)
