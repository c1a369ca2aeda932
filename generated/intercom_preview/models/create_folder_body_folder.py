from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFolderBodyFolder")


@_attrs_define
class CreateFolderBodyFolder:
    """
    Attributes:
        name (str): The name of the folder Example: Product Documentation.
        description (str | Unset): The description of the folder Example: Internal product documentation.
        emoji (str | Unset): An emoji for the folder Example: 📚.
        parent_folder_id (int | None | Unset): The ID of the parent folder
    """

    name: str
    description: str | Unset = UNSET
    emoji: str | Unset = UNSET
    parent_folder_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        emoji = self.emoji

        parent_folder_id: int | None | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        emoji = d.pop("emoji", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        create_folder_body_folder = cls(
            name=name,
            description=description,
            emoji=emoji,
            parent_folder_id=parent_folder_id,
        )

        create_folder_body_folder.additional_properties = d
        return create_folder_body_folder

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
