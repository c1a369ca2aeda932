from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContactOptedOutSubscriptionTypesType0")


@_attrs_define
class ContactOptedOutSubscriptionTypesType0:
    """
    Attributes:
        type_ (None | str):
        data (list[Any] | None):
        url (None | str):
        total_count (int | None):
        has_more (bool | None):
    """

    type_: None | str = None
    data: list[Any] | None = None
    url: None | str = None
    total_count: int | None = None
    has_more: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        data: list[Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = self.data

        else:
            data = self.data

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if data is not UNSET and (data is not None or "data" in self._received):
            field_dict["data"] = data
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if has_more is not UNSET and (has_more is not None or "has_more" in self._received):
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContactOptedOutSubscriptionTypesType0:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.data = src_dict.get("data")

        self.url = src_dict.get("url")

        self.total_count = src_dict.get("total_count")

        self.has_more = src_dict.get("has_more")

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
        "data",
        "url",
        "total_count",
        "has_more",
    }
)
