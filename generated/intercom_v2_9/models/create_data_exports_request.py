from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateDataExportsRequest")


@_attrs_define
class CreateDataExportsRequest:
    """Request for creating a data export

    Attributes:
        created_at_after (int): The start date that you request data for. It must be formatted as a unix timestamp.
            Example: 1527811200.
        created_at_before (int): The end date that you request data for. It must be formatted as a unix timestamp.
            Example: 1527811200.
    """

    created_at_after: int
    created_at_before: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at_after = self.created_at_after

        created_at_before = self.created_at_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at_after": created_at_after,
                "created_at_before": created_at_before,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at_after = d.pop("created_at_after")

        created_at_before = d.pop("created_at_before")

        create_data_exports_request = cls(
            created_at_after=created_at_after,
            created_at_before=created_at_before,
        )

        create_data_exports_request.additional_properties = d
        return create_data_exports_request

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
