from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="NewsfeedAssignment")


@_attrs_define
class NewsfeedAssignment:
    """Assigns a news item to a newsfeed.

    Attributes:
        newsfeed_id (int | None): The unique identifier for the newsfeed which is given by Intercom. Publish dates
            cannot be in the future, to schedule news items use the dedicated feature in app (see this article). Example:
            198313.
        published_at (int | None): Publish date of the news item on the newsfeed, use this field if you want to set a
            publish date in the past (e.g. when importing existing news items). On write, this field will be ignored if the
            news item state is "draft". Example: 1674917488.
    """

    newsfeed_id: int | None = None
    published_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        newsfeed_id: int | None | Unset
        if isinstance(self.newsfeed_id, Unset):
            newsfeed_id = UNSET
        else:
            newsfeed_id = self.newsfeed_id

        published_at: int | None | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsfeed_id is not UNSET and (newsfeed_id is not None or "newsfeed_id" in self._received):
            field_dict["newsfeed_id"] = newsfeed_id
        if published_at is not UNSET and (published_at is not None or "published_at" in self._received):
            field_dict["published_at"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not NewsfeedAssignment:
            cls.__init__(self)
        self.newsfeed_id = src_dict.get("newsfeed_id")

        self.published_at = src_dict.get("published_at")

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
        "newsfeed_id",
        "published_at",
    }
)
