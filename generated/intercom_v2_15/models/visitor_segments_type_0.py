from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_segments_type_0_type import VisitorSegmentsType0Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorSegmentsType0")


@_attrs_define
class VisitorSegmentsType0:
    """
    Attributes:
        type_ (None | VisitorSegmentsType0Type): The type of the object Example: segment.list.
        segments (list[str] | None):
    """

    type_: None | VisitorSegmentsType0Type = None
    segments: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VisitorSegmentsType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        segments: list[str] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = self.segments

        else:
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if segments is not UNSET and (segments is not None or "segments" in self._received):
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | VisitorSegmentsType0Type:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = VisitorSegmentsType0Type(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisitorSegmentsType0Type, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_segments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segments_type_0 = cast(list[str], data)

                return segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        segments = _parse_segments(d.pop("segments", None))

        visitor_segments_type_0 = cls(
            type_=type_,
            segments=segments,
        )

        visitor_segments_type_0._received = src_dict.keys()

        visitor_segments_type_0.additional_properties = d
        return visitor_segments_type_0

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
