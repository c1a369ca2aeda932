from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MergePreviewRequest")


@_attrs_define
class MergePreviewRequest:
    """Preview a contact merge.

    Attributes:
        from_ (str): The unique identifier for the contact to merge away from. Must be a lead. Example:
            6762f0d51bb69f9f2193bb7f.
        into (str): The unique identifier for the contact to merge into. Must be a user. Example:
            6762f0d51bb69f9f2193bb80.
        skip_duplicate_validation (bool | Unset): When true, previews the merge even if the contacts don't share a
            common identifier. Defaults to false. Default: False.
    """

    from_: str
    into: str
    skip_duplicate_validation: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        into = self.into

        skip_duplicate_validation = self.skip_duplicate_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "into": into,
            }
        )
        if skip_duplicate_validation is not UNSET:
            field_dict["skip_duplicate_validation"] = skip_duplicate_validation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from")

        into = d.pop("into")

        skip_duplicate_validation = d.pop("skip_duplicate_validation", UNSET)

        merge_preview_request = cls(
            from_=from_,
            into=into,
            skip_duplicate_validation=skip_duplicate_validation,
        )

        merge_preview_request.additional_properties = d
        return merge_preview_request

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
