from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_sla_paused_sla_states_type_0_additional_property import (
        ConversationSlaPausedSlaStatesType0AdditionalProperty,
    )


T = TypeVar("T", bound="ConversationSlaPausedSlaStatesType0")


@_attrs_define
class ConversationSlaPausedSlaStatesType0:
    """Status of all SLA targets at pause time

    Example:
        {'first_reply_time': {'status': 'paused', 'seconds_remaining': 3600}, 'time_to_close': {'status': 'paused',
            'seconds_remaining': 7200}}

    """

    additional_properties: dict[str, ConversationSlaPausedSlaStatesType0AdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        conversation_sla_paused_sla_states_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConversationSlaPausedSlaStatesType0AdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        conversation_sla_paused_sla_states_type_0.additional_properties = additional_properties
        return conversation_sla_paused_sla_states_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConversationSlaPausedSlaStatesType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ConversationSlaPausedSlaStatesType0AdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationSlaPausedSlaStatesType0AdditionalProperty
    from ..models.conversation_sla_paused_sla_states_type_0_additional_property import (
        ConversationSlaPausedSlaStatesType0AdditionalProperty,
    )

    _lazy_loaded = True
