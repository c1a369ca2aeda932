from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MergeContactsRequest")


@_attrs_define
class MergeContactsRequest:
    """Merge contact data.

    Attributes:
        from_ (str): The unique identifier for the contact to merge away from. Must be a lead. Example:
            5d70dd30de4efd54f42fd526.
        into (str): The unique identifier for the contact to merge into. Must be a user. Example:
            5ba682d23d7cf92bef87bfd4.
    """

    from_: str
    into: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        into = self.into

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "into": into,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from")

        into = d.pop("into")

        merge_contacts_request = cls(
            from_=from_,
            into=into,
        )

        merge_contacts_request.additional_properties = d
        return merge_contacts_request

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
