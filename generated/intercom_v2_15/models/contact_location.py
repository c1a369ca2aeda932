from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContactLocation")


@_attrs_define
class ContactLocation:
    """An object containing location meta data about a Intercom contact.

    Attributes:
        type_ (None | str): Always location Example: location.
        country (None | str): The country that the contact is located in Example: Ireland.
        region (None | str): The overal region that the contact is located in Example: Dublin.
        city (None | str): The city that the contact is located in Example: Dublin.
        continent_code (Any): Sent as null in the example; its type is not documented.
        country_code (Any): Sent as null in the example; its type is not documented.
    """

    type_: None | str = None
    country: None | str = None
    region: None | str = None
    city: None | str = None
    continent_code: Any = None
    country_code: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        continent_code = self.continent_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if country is not UNSET and (country is not None or "country" in self._received):
            field_dict["country"] = country
        if region is not UNSET and (region is not None or "region" in self._received):
            field_dict["region"] = region
        if city is not UNSET and (city is not None or "city" in self._received):
            field_dict["city"] = city
        if continent_code is not UNSET and (continent_code is not None or "continent_code" in self._received):
            field_dict["continent_code"] = continent_code
        if country_code is not UNSET and (country_code is not None or "country_code" in self._received):
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContactLocation:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.country = src_dict.get("country")

        self.region = src_dict.get("region")

        self.city = src_dict.get("city")

        self.continent_code = src_dict.get("continent_code")

        self.country_code = src_dict.get("country_code")

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
        "country",
        "region",
        "city",
        "continent_code",
        "country_code",
    }
)
