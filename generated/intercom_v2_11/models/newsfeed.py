from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsfeed_type import NewsfeedType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Newsfeed")


@_attrs_define
class Newsfeed:
    """A newsfeed is a collection of news items, targeted to a specific audience.

    Newsfeeds currently cannot be edited through the API, please refer to [this
    article](https://www.intercom.com/help/en/articles/6362267-getting-started-with-news) to set up your newsfeeds in
    Intercom.

        Attributes:
            id (None | str): The unique identifier for the newsfeed which is given by Intercom. Example: 12312.
            type_ (NewsfeedType | None): The type of object. Example: newsfeed.
            name (None | str): The name of the newsfeed. This name will never be visible to your users. Example: My
                Newsfeed.
            created_at (int | None): Timestamp for when the newsfeed was created. Example: 1674917488.
            updated_at (int | None): Timestamp for when the newsfeed was last updated. Example: 1674917488.
    """

    id: None | str = None
    type_: NewsfeedType | None = None
    name: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, NewsfeedType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Newsfeed:
            cls.__init__(self)
        self.id = src_dict.get("id")

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = NewsfeedType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.name = src_dict.get("name")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

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
        "id",
        "type",
        "name",
        "created_at",
        "updated_at",
    }
)
