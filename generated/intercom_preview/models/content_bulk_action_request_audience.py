from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBulkActionRequestAudience")


@_attrs_define
class ContentBulkActionRequestAudience:
    """Required when `action` is `set_audience`. Manages segment membership.

    Attributes:
        add_segment_ids (list[int] | Unset): Segment IDs to assign to the selected content. Example: [100].
        remove_segment_ids (list[int] | Unset): Segment IDs to remove from the selected content. Example: [200].
        remove_all (bool | Unset): When `true`, removes all segments from the selected content. Example: False.
    """

    add_segment_ids: list[int] | Unset = UNSET
    remove_segment_ids: list[int] | Unset = UNSET
    remove_all: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.add_segment_ids, Unset):
            add_segment_ids = self.add_segment_ids

        remove_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.remove_segment_ids, Unset):
            remove_segment_ids = self.remove_segment_ids

        remove_all = self.remove_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_segment_ids is not UNSET:
            field_dict["add_segment_ids"] = add_segment_ids
        if remove_segment_ids is not UNSET:
            field_dict["remove_segment_ids"] = remove_segment_ids
        if remove_all is not UNSET:
            field_dict["remove_all"] = remove_all

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_segment_ids = cast(list[int], d.pop("add_segment_ids", UNSET))

        remove_segment_ids = cast(list[int], d.pop("remove_segment_ids", UNSET))

        remove_all = d.pop("remove_all", UNSET)

        content_bulk_action_request_audience = cls(
            add_segment_ids=add_segment_ids,
            remove_segment_ids=remove_segment_ids,
            remove_all=remove_all,
        )

        content_bulk_action_request_audience.additional_properties = d
        return content_bulk_action_request_audience

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
