from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_object_instance_list import CustomObjectInstanceList


T = TypeVar("T", bound="CustomAttributes")


@_attrs_define
class CustomAttributes:
    """An object containing the different custom attributes associated to the conversation as key-value pairs. For
    relationship attributes the value will be a list of custom object instance models. System-defined attributes such as
    "CX Score rating" and "CX Score explanation" may also be included.

        Example:
            {'paid_subscriber': True, 'monthly_spend': 155.5, 'team_mates': 9, 'start_date_iso8601': '2023-03-04T09:46:14Z',
                'end_date_timestamp': 1677923174, 'CX Score rating': 4, 'CX Score explanation': 'The conversation was resolved
                quickly and the customer expressed satisfaction with the outcome.'}

    """

    additional_properties: dict[str, CustomObjectInstanceList | int | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, CustomObjectInstanceList):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        custom_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if isinstance(additional_property, dict):
                try:
                    additional_property_type_3 = CustomObjectInstanceList.from_dict(additional_property)

                    additional_property = additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            additional_properties[prop_name] = additional_property

        custom_attributes.additional_properties = additional_properties
        return custom_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CustomObjectInstanceList | int | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CustomObjectInstanceList | int | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CustomObjectInstanceList
    from ..models.custom_object_instance_list import CustomObjectInstanceList

    _lazy_loaded = True
