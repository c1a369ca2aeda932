from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="VisitorLocationDataType0")


@_attrs_define
class VisitorLocationDataType0:
    """
    Attributes:
        type_ (None | str):  Default: 'location_data'. Example: location_data.
        city_name (None | str): The city name of the visitor. Example: Dublin.
        continent_code (None | str): The continent code of the visitor. Example: EU.
        country_code (None | str): The country code of the visitor. Example: IRL.
        country_name (None | str): The country name of the visitor. Example: Ireland.
        postal_code (None | str): The postal code of the visitor. Example: D02 N960.
        region_name (None | str): The region name of the visitor. Example: Leinster.
        timezone (None | str): The timezone of the visitor. Example: Europe/Dublin.
    """

    type_: None | str = None
    city_name: None | str = None
    continent_code: None | str = None
    country_code: None | str = None
    country_name: None | str = None
    postal_code: None | str = None
    region_name: None | str = None
    timezone: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        city_name: None | str | Unset
        if isinstance(self.city_name, Unset):
            city_name = UNSET
        else:
            city_name = self.city_name

        continent_code: None | str | Unset
        if isinstance(self.continent_code, Unset):
            continent_code = UNSET
        else:
            continent_code = self.continent_code

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if city_name is not UNSET and (city_name is not None or "city_name" in self._received):
            field_dict["city_name"] = city_name
        if continent_code is not UNSET and (continent_code is not None or "continent_code" in self._received):
            field_dict["continent_code"] = continent_code
        if country_code is not UNSET and (country_code is not None or "country_code" in self._received):
            field_dict["country_code"] = country_code
        if country_name is not UNSET and (country_name is not None or "country_name" in self._received):
            field_dict["country_name"] = country_name
        if postal_code is not UNSET and (postal_code is not None or "postal_code" in self._received):
            field_dict["postal_code"] = postal_code
        if region_name is not UNSET and (region_name is not None or "region_name" in self._received):
            field_dict["region_name"] = region_name
        if timezone is not UNSET and (timezone is not None or "timezone" in self._received):
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not VisitorLocationDataType0:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.city_name = src_dict.get("city_name")

        self.continent_code = src_dict.get("continent_code")

        self.country_code = src_dict.get("country_code")

        self.country_name = src_dict.get("country_name")

        self.postal_code = src_dict.get("postal_code")

        self.region_name = src_dict.get("region_name")

        self.timezone = src_dict.get("timezone")

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
        "city_name",
        "continent_code",
        "country_code",
        "country_name",
        "postal_code",
        "region_name",
        "timezone",
    }
)
