from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fin_agent_csat_requested_event_csat_options_item import FinAgentCsatRequestedEventCsatOptionsItem


T = TypeVar("T", bound="FinAgentCsatRequestedEventCsat")


@_attrs_define
class FinAgentCsatRequestedEventCsat:
    """The rating survey to present to the user.

    Example:
        {'options': [{'key': 'good', 'emoji': '😃', 'label': 'Great'}, {'key': 'amazing', 'emoji': '🤩', 'label':
            'Amazing'}]}

    Attributes:
        options (list[FinAgentCsatRequestedEventCsatOptionsItem]): The ordered rating options to show the user. Example:
            [{'key': 'good', 'emoji': '😃', 'label': 'Great'}, {'key': 'amazing', 'emoji': '🤩', 'label': 'Amazing'}].
    """

    options: list[FinAgentCsatRequestedEventCsatOptionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = FinAgentCsatRequestedEventCsatOptionsItem.from_dict(options_item_data)

            options.append(options_item)

        fin_agent_csat_requested_event_csat = cls(
            options=options,
        )

        fin_agent_csat_requested_event_csat.additional_properties = d
        return fin_agent_csat_requested_event_csat

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
    global _lazy_loaded, FinAgentCsatRequestedEventCsatOptionsItem
    from ..models.fin_agent_csat_requested_event_csat_options_item import FinAgentCsatRequestedEventCsatOptionsItem

    _lazy_loaded = True
