from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_csat_requested_event_csat_options_item_key import FinAgentCsatRequestedEventCsatOptionsItemKey

T = TypeVar("T", bound="FinAgentCsatRequestedEventCsatOptionsItem")


@_attrs_define
class FinAgentCsatRequestedEventCsatOptionsItem:
    """
    Attributes:
        key (FinAgentCsatRequestedEventCsatOptionsItemKey): The stable key to send back as 'rating' on POST /fin/csat.
            Example: amazing.
        emoji (str): The emoji representing this rating. Example: 🤩.
        label (str): The human-readable label for this rating, localised to the conversation's
            detected language. Distinct from 'key' — display the label, but send back
            the key.
             Example: Amazing.
    """

    key: FinAgentCsatRequestedEventCsatOptionsItemKey
    emoji: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        emoji = self.emoji

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "emoji": emoji,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = FinAgentCsatRequestedEventCsatOptionsItemKey(d.pop("key"))

        emoji = d.pop("emoji")

        label = d.pop("label")

        fin_agent_csat_requested_event_csat_options_item = cls(
            key=key,
            emoji=emoji,
            label=label,
        )

        fin_agent_csat_requested_event_csat_options_item.additional_properties = d
        return fin_agent_csat_requested_event_csat_options_item

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
