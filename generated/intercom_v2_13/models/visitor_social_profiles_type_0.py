from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_social_profiles_type_0_type import VisitorSocialProfilesType0Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorSocialProfilesType0")


@_attrs_define
class VisitorSocialProfilesType0:
    """
    Attributes:
        type_ (None | VisitorSocialProfilesType0Type): The type of the object Example: social_profile.list.
        social_profiles (list[str] | None):
    """

    type_: None | VisitorSocialProfilesType0Type = None
    social_profiles: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VisitorSocialProfilesType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        social_profiles: list[str] | None | Unset
        if isinstance(self.social_profiles, Unset):
            social_profiles = UNSET
        elif isinstance(self.social_profiles, list):
            social_profiles = self.social_profiles

        else:
            social_profiles = self.social_profiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if social_profiles is not UNSET and (social_profiles is not None or "social_profiles" in self._received):
            field_dict["social_profiles"] = social_profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | VisitorSocialProfilesType0Type:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = VisitorSocialProfilesType0Type(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisitorSocialProfilesType0Type, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_social_profiles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                social_profiles_type_0 = cast(list[str], data)

                return social_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        social_profiles = _parse_social_profiles(d.pop("social_profiles", None))

        visitor_social_profiles_type_0 = cls(
            type_=type_,
            social_profiles=social_profiles,
        )

        visitor_social_profiles_type_0._received = src_dict.keys()

        visitor_social_profiles_type_0.additional_properties = d
        return visitor_social_profiles_type_0

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
