from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsfeed_type import NewsfeedType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Newsfeed")


@_attrs_define
class Newsfeed:
    """A newsfeed is a collection of news items, targeted to a specific audience.

    Newsfeeds currently cannot be edited through the API, please refer to [this
    article](https://www.intercom.com/help/en/articles/6362267-getting-started-with-news) to set up your newsfeeds in
    Intercom.

        Attributes:
            id (None | str | Unset): The unique identifier for the newsfeed which is given by Intercom. Example: 12312.
            type_ (NewsfeedType | None | Unset): The type of object. Example: newsfeed.
            name (None | str | Unset): The name of the newsfeed. This name will never be visible to your users. Example: My
                Newsfeed.
            created_at (int | None | Unset): Timestamp for when the newsfeed was created. Example: 1674917488.
            updated_at (int | None | Unset): Timestamp for when the newsfeed was last updated. Example: 1674917488.
    """

    id: None | str | Unset = UNSET
    type_: NewsfeedType | None | Unset = UNSET
    name: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> NewsfeedType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = NewsfeedType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewsfeedType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        newsfeed = cls(
            id=id,
            type_=type_,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        newsfeed.additional_properties = d
        return newsfeed

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
