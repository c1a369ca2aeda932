from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationAttributeOption")


@_attrs_define
class ConversationAttributeOption:
    """A single option on a list-type conversation attribute.

    Attributes:
        id (None | str | Unset): The unique UUID identifier for this option. Use this value as `option_id` in the
            options management endpoints. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        label (None | str | Unset): The display label for the option. Example: High.
        archived (bool | None | Unset): Whether this option is archived (soft-deleted). Example: False.
    """

    id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        archived = d.pop("archived", UNSET)

        conversation_attribute_option = cls(
            id=id,
            label=label,
            archived=archived,
        )

        conversation_attribute_option.additional_properties = d
        return conversation_attribute_option

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
