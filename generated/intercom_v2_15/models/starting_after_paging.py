from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="StartingAfterPaging")


@_attrs_define
class StartingAfterPaging:
    """
    Attributes:
        per_page (int | None): The number of results to fetch per page. Example: 2.
        starting_after (None | str): The cursor to use in the next request to get the next page of results. Example:
            your-cursor-from-response.
    """

    per_page: int | None = None
    starting_after: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        starting_after: None | str | Unset
        if isinstance(self.starting_after, Unset):
            starting_after = UNSET
        else:
            starting_after = self.starting_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_page is not UNSET and (per_page is not None or "per_page" in self._received):
            field_dict["per_page"] = per_page
        if starting_after is not UNSET and (starting_after is not None or "starting_after" in self._received):
            field_dict["starting_after"] = starting_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not StartingAfterPaging:
            cls.__init__(self)
        self.per_page = src_dict.get("per_page")

        self.starting_after = src_dict.get("starting_after")

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
        "per_page",
        "starting_after",
    }
)
