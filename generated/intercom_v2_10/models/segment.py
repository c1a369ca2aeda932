from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_person_type import SegmentPersonType
from ..models.segment_type import SegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment is a group of your contacts defined by the rules that you set.

    Attributes:
        type_ (None | SegmentType | Unset): The type of object. Example: segment.
        id (None | str | Unset): The unique identifier representing the segment. Example: 56203d253cba154d39010062.
        name (None | str | Unset): The name of the segment. Example: Active.
        created_at (int | None | Unset): The time the segment was created. Example: 1394621988.
        updated_at (int | None | Unset): The time the segment was updated. Example: 1394622004.
        person_type (None | SegmentPersonType | Unset): Type of the contact: contact (lead) or user. Example: contact.
        count (int | None | Unset): The number of items in the user segment. It's returned when `include_count=true` is
            included in the request. Example: 3.
    """

    type_: None | SegmentType | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    person_type: None | SegmentPersonType | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SegmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        person_type: None | str | Unset
        if isinstance(self.person_type, Unset):
            person_type = UNSET
        elif isinstance(self.person_type, SegmentPersonType):
            person_type = self.person_type.value
        else:
            person_type = self.person_type

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if person_type is not UNSET:
            field_dict["person_type"] = person_type
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | SegmentType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = SegmentType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_person_type(data: object) -> None | SegmentPersonType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_type_type_1 = SegmentPersonType(data)

                return person_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentPersonType | Unset, data)

        person_type = _parse_person_type(d.pop("person_type", UNSET))

        count = d.pop("count", UNSET)

        segment = cls(
            type_=type_,
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            person_type=person_type,
            count=count,
        )

        segment.additional_properties = d
        return segment

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
