from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A folder for organizing content

    Attributes:
        id (int | None | Unset): The unique identifier for the folder Example: 6.
        name (None | str | Unset): The name of the folder Example: Product Documentation.
        description (None | str | Unset): The description of the folder Example: Internal product documentation.
        emoji (None | str | Unset): An emoji associated with the folder Example: 📚.
        parent_folder_id (int | None | Unset): The ID of the parent folder, or null if this is a root folder
        content_count (int | None | Unset): The number of content items in this folder Example: 5.
        created_at (int | None | Unset): The time when the folder was created (seconds) Example: 1672928359.
        updated_at (int | None | Unset): The time when the folder was last updated (seconds) Example: 1672928610.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    parent_folder_id: int | None | Unset = UNSET
    content_count: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        parent_folder_id: int | None | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        content_count: int | None | Unset
        if isinstance(self.content_count, Unset):
            content_count = UNSET
        else:
            content_count = self.content_count

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if content_count is not UNSET:
            field_dict["content_count"] = content_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        emoji = d.pop("emoji", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        content_count = d.pop("content_count", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        folder = cls(
            id=id,
            name=name,
            description=description,
            emoji=emoji,
            parent_folder_id=parent_folder_id,
            content_count=content_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        folder.additional_properties = d
        return folder

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
