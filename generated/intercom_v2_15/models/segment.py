from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_person_type import SegmentPersonType
from ..models.segment_type import SegmentType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment is a group of your contacts defined by the rules that you set.

    Attributes:
        type_ (None | SegmentType): The type of object. Example: segment.
        id (None | str): The unique identifier representing the segment. Example: 56203d253cba154d39010062.
        name (None | str): The name of the segment. Example: Active.
        created_at (int | None): The time the segment was created. Example: 1394621988.
        updated_at (int | None): The time the segment was updated. Example: 1394622004.
        person_type (None | SegmentPersonType): Type of the contact: contact (lead) or user. Example: contact.
        count (int | None): The number of items in the user segment. It's returned when `include_count=true` is included
            in the request. Example: 3.
    """

    type_: None | SegmentType = None
    id: None | str = None
    name: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    person_type: None | SegmentPersonType = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if person_type is not UNSET and (person_type is not None or "person_type" in self._received):
            field_dict["person_type"] = person_type
        if count is not UNSET and (count is not None or "count" in self._received):
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Segment:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = SegmentType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        person_type = src_dict.get("person_type")
        if isinstance(person_type, str):
            try:
                person_type_type_1 = SegmentPersonType(person_type)

                person_type = person_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.person_type = person_type

        self.count = src_dict.get("count")

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "name",
        "created_at",
        "updated_at",
        "person_type",
        "count",
    }
)
