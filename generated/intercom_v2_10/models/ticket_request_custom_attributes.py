from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TicketRequestCustomAttributes")


@_attrs_define
class TicketRequestCustomAttributes:
    """The attributes set on the ticket. When setting the default title and description attributes, the attribute keys that
    should be used are `_default_title_` and `_default_description_`. When setting ticket type attributes of the list
    attribute type, the key should be the attribute name and the value of the attribute should be the list item id,
    obtainable by [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an attribute
    called `priority` of type `list`, the key should be `priority` and the value of the attribute should be the guid of
    the list item (e.g. `de1825a0-0164-4070-8ca6-13e22462fa7e`).

        Example:
            {'_default_title_': 'Found a bug', '_default_description_': 'The button is not working'}

    """

    additional_properties: dict[str, bool | float | list[Any] | None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticket_request_custom_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict

            additional_properties[prop_name] = additional_property

        ticket_request_custom_attributes.additional_properties = additional_properties
        return ticket_request_custom_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | list[Any] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | list[Any] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
