from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBulkActionRequestTags")


@_attrs_define
class ContentBulkActionRequestTags:
    """Required when `action` is `update_tags`. Applies and/or removes existing tags.
    Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
    may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
    reference existing, non-archived tags; exceeding the limit or referencing unknown or
    archived IDs is rejected with `parameter_invalid` (HTTP 422).

        Attributes:
            add_tag_ids (list[int] | Unset): Tag IDs to apply to the selected content. Example: [100].
            remove_tag_ids (list[int] | Unset): Tag IDs to remove from the selected content. Example: [200].
    """

    add_tag_ids: list[int] | Unset = UNSET
    remove_tag_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.add_tag_ids, Unset):
            add_tag_ids = self.add_tag_ids

        remove_tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.remove_tag_ids, Unset):
            remove_tag_ids = self.remove_tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_tag_ids is not UNSET:
            field_dict["add_tag_ids"] = add_tag_ids
        if remove_tag_ids is not UNSET:
            field_dict["remove_tag_ids"] = remove_tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_tag_ids = cast(list[int], d.pop("add_tag_ids", UNSET))

        remove_tag_ids = cast(list[int], d.pop("remove_tag_ids", UNSET))

        content_bulk_action_request_tags = cls(
            add_tag_ids=add_tag_ids,
            remove_tag_ids=remove_tag_ids,
        )

        content_bulk_action_request_tags.additional_properties = d
        return content_bulk_action_request_tags

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
