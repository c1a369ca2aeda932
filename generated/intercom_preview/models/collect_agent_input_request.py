from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collect_agent_input_request_attribute_values_item import CollectAgentInputRequestAttributeValuesItem


T = TypeVar("T", bound="CollectAgentInputRequest")


@_attrs_define
class CollectAgentInputRequest:
    """Request body for submitting human-collected input to a HITL procedure step.

    Attributes:
        step_id (str): The step_id from the webhook payload, identifying which HITL step this response is for. Example:
            d5b81f72-adb9-4317-b973-75b3c3624c09.
        attribute_values (list[CollectAgentInputRequestAttributeValuesItem]): Array of attribute values matching the
            attributes_to_collect from the webhook payload. Must include a value for every attribute listed.
    """

    step_id: str
    attribute_values: list[CollectAgentInputRequestAttributeValuesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        step_id = self.step_id

        attribute_values = []
        for attribute_values_item_data in self.attribute_values:
            attribute_values_item = attribute_values_item_data.to_dict()
            attribute_values.append(attribute_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_id": step_id,
                "attribute_values": attribute_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        step_id = d.pop("step_id")

        attribute_values = []
        _attribute_values = d.pop("attribute_values")
        for attribute_values_item_data in _attribute_values:
            attribute_values_item = CollectAgentInputRequestAttributeValuesItem.from_dict(attribute_values_item_data)

            attribute_values.append(attribute_values_item)

        collect_agent_input_request = cls(
            step_id=step_id,
            attribute_values=attribute_values,
        )

        collect_agent_input_request.additional_properties = d
        return collect_agent_input_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CollectAgentInputRequestAttributeValuesItem
    from ..models.collect_agent_input_request_attribute_values_item import CollectAgentInputRequestAttributeValuesItem

    _lazy_loaded = True
