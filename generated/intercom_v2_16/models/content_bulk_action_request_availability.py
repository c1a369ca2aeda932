from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBulkActionRequestAvailability")


@_attrs_define
class ContentBulkActionRequestAvailability:
    """Required when `action` is `set_availability`. Each field is optional — only the
    properties present in the request are toggled.

        Attributes:
            ai_agent (bool | Unset): Toggle Fin AI Agent availability.
            copilot (bool | Unset): Toggle Copilot availability.
            sales_agent (bool | Unset): Toggle Sales Agent availability.
    """

    ai_agent: bool | Unset = UNSET
    copilot: bool | Unset = UNSET
    sales_agent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_agent = self.ai_agent

        copilot = self.copilot

        sales_agent = self.sales_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_agent is not UNSET:
            field_dict["ai_agent"] = ai_agent
        if copilot is not UNSET:
            field_dict["copilot"] = copilot
        if sales_agent is not UNSET:
            field_dict["sales_agent"] = sales_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ai_agent = d.pop("ai_agent", UNSET)

        copilot = d.pop("copilot", UNSET)

        sales_agent = d.pop("sales_agent", UNSET)

        content_bulk_action_request_availability = cls(
            ai_agent=ai_agent,
            copilot=copilot,
            sales_agent=sales_agent,
        )

        content_bulk_action_request_availability.additional_properties = d
        return content_bulk_action_request_availability

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
