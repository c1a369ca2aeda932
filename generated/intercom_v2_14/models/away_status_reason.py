from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AwayStatusReason")


@_attrs_define
class AwayStatusReason:
    """
    Attributes:
        type_ (None | str | Unset):  Example: away_status_reason.
        id (None | str | Unset): The unique identifier for the away status reason
        label (None | str | Unset): The display text for the away status reason Example: On a break.
        emoji (None | str | Unset): The emoji associated with the status reason Example: ☕.
        order (int | None | Unset): The display order of the status reason Example: 1.
        deleted (bool | None | Unset): Whether the status reason has been soft deleted Example: False.
        created_at (int | None | Unset): The Unix timestamp when the status reason was created Example: 1734537243.
        updated_at (int | None | Unset): The Unix timestamp when the status reason was last updated Example: 1734537243.
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if order is not UNSET:
            field_dict["order"] = order
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        emoji = d.pop("emoji", UNSET)

        order = d.pop("order", UNSET)

        deleted = d.pop("deleted", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        away_status_reason = cls(
            type_=type_,
            id=id,
            label=label,
            emoji=emoji,
            order=order,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
        )

        away_status_reason.additional_properties = d
        return away_status_reason

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
