from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteOfficeHoursScheduleResponse200")


@_attrs_define
class DeleteOfficeHoursScheduleResponse200:
    """
    Attributes:
        id (None | str | Unset):  Example: 123.
        object_ (None | str | Unset):  Example: office_hours_schedule.
        deleted (bool | None | Unset):  Example: True.
    """

    id: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        deleted = d.pop("deleted", UNSET)

        delete_office_hours_schedule_response_200 = cls(
            id=id,
            object_=object_,
            deleted=deleted,
        )

        delete_office_hours_schedule_response_200.additional_properties = d
        return delete_office_hours_schedule_response_200

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
