from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnqueueReportingDataExportBody")


@_attrs_define
class EnqueueReportingDataExportBody:
    """
    Attributes:
        dataset_id (str):  Example: conversation.
        attribute_ids (list[str]):  Example: ['conversation_id', 'conversation_started_at'].
        start_time (int):  Example: 1717490000.
        end_time (int):  Example: 1717510000.
    """

    dataset_id: str
    attribute_ids: list[str]
    start_time: int
    end_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        attribute_ids = self.attribute_ids

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "attribute_ids": attribute_ids,
                "start_time": start_time,
                "end_time": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id")

        attribute_ids = cast(list[str], d.pop("attribute_ids"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        enqueue_reporting_data_export_body = cls(
            dataset_id=dataset_id,
            attribute_ids=attribute_ids,
            start_time=start_time,
            end_time=end_time,
        )

        enqueue_reporting_data_export_body.additional_properties = d
        return enqueue_reporting_data_export_body

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
