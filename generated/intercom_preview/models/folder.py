from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A folder for organizing content

    Attributes:
        id (int | None): The unique identifier for the folder Example: 6.
        name (None | str): The name of the folder Example: Product Documentation.
        description (None | str): The description of the folder Example: Internal product documentation.
        emoji (None | str): An emoji associated with the folder Example: 📚.
        parent_folder_id (int | None): The ID of the parent folder, or null if this is a root folder
        content_count (int | None): The number of content items in this folder Example: 5.
        created_at (int | None): The time when the folder was created (seconds) Example: 1672928359.
        updated_at (int | None): The time when the folder was last updated (seconds) Example: 1672928610.
    """

    id: int | None = None
    name: None | str = None
    description: None | str = None
    emoji: None | str = None
    parent_folder_id: int | None = None
    content_count: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if emoji is not UNSET and (emoji is not None or "emoji" in self._received):
            field_dict["emoji"] = emoji
        if parent_folder_id is not UNSET and (parent_folder_id is not None or "parent_folder_id" in self._received):
            field_dict["parent_folder_id"] = parent_folder_id
        if content_count is not UNSET and (content_count is not None or "content_count" in self._received):
            field_dict["content_count"] = content_count
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Folder:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        self.emoji = src_dict.get("emoji")

        self.parent_folder_id = src_dict.get("parent_folder_id")

        self.content_count = src_dict.get("content_count")

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
        "name",
        "description",
        "emoji",
        "parent_folder_id",
        "content_count",
        "created_at",
        "updated_at",
    }
)
