from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent


T = TypeVar("T", bound="CreateCollectionRequest")


@_attrs_define
class CreateCollectionRequest:
    """You can create a collection

    Attributes:
        name (str): The name of the collection. For multilingual collections, this will be the name of the default
            language's content. Example: collection 51.
        description (str | Unset): The description of the collection. For multilingual collections, this will be the
            description of the default language's content. Example: English description.
        translated_content (GroupTranslatedContent | None | Unset):
        parent_id (None | str | Unset): The id of the parent collection. If `null` then it will be created as the first
            level collection. Example: 6871118.
        help_center_id (int | None | Unset): The id of the help center where the collection will be created. If `null`
            then it will be created in the default help center. Example: 123.
    """

    name: str
    description: str | Unset = UNSET
    translated_content: GroupTranslatedContent | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    help_center_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        description = self.description

        translated_content: dict[str, Any] | None | Unset
        if isinstance(self.translated_content, Unset):
            translated_content = UNSET
        elif isinstance(self.translated_content, GroupTranslatedContent):
            translated_content = self.translated_content.to_dict()
        else:
            translated_content = self.translated_content

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        help_center_id: int | None | Unset
        if isinstance(self.help_center_id, Unset):
            help_center_id = UNSET
        else:
            help_center_id = self.help_center_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if translated_content is not UNSET:
            field_dict["translated_content"] = translated_content
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if help_center_id is not UNSET:
            field_dict["help_center_id"] = help_center_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        translated_content = d.pop("translated_content", UNSET)
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = GroupTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        parent_id = d.pop("parent_id", UNSET)

        help_center_id = d.pop("help_center_id", UNSET)

        create_collection_request = cls(
            name=name,
            description=description,
            translated_content=translated_content,
            parent_id=parent_id,
            help_center_id=help_center_id,
        )

        create_collection_request.additional_properties = d
        return create_collection_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, GroupTranslatedContent
    from ..models.group_translated_content import GroupTranslatedContent

    _lazy_loaded = True
