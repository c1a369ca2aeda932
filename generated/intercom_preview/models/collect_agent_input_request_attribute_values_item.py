from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectAgentInputRequestAttributeValuesItem")


@_attrs_define
class CollectAgentInputRequestAttributeValuesItem:
    """
    Attributes:
        identifier (str): Must exactly match an identifier from the webhook's attributes_to_collect array. Example:
            workflow_local_variables.72c5a6b3-3cce-41d8-8e30-14da40791958.
        value (Any): The value for this attribute. Must be type-compatible with the attribute's data_type from the
            webhook (e.g., boolean for boolean attributes, option ID string for list attributes). Example: True.
    """

    identifier: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        value = d.pop("value")

        collect_agent_input_request_attribute_values_item = cls(
            identifier=identifier,
            value=value,
        )

        collect_agent_input_request_attribute_values_item.additional_properties = d
        return collect_agent_input_request_attribute_values_item

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
