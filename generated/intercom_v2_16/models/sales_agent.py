from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_agent_outcome import SalesAgentOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_agent_collected_data_type_0 import SalesAgentCollectedDataType0


T = TypeVar("T", bound="SalesAgent")


@_attrs_define
class SalesAgent:
    """Data related to Sales Agent involvement in the conversation.

    Attributes:
        outcome (None | SalesAgentOutcome): The fixed outcome of the sales agent interaction, used for billing and
            tracking. Example: qualified.
        routing_outcome (None | str): The identifier of the user-defined routing outcome selected by the sales agent.
            Example: enterprise_sales.
        collected_data (None | SalesAgentCollectedDataType0): A flat key-value map of memory fields collected by the
            sales agent during the conversation. Example: {'email': 'user@example.com', 'company.name': 'Acme Inc'}.
    """

    outcome: None | SalesAgentOutcome = None
    routing_outcome: None | str = None
    collected_data: None | SalesAgentCollectedDataType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, SalesAgentOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        routing_outcome: None | str | Unset
        if isinstance(self.routing_outcome, Unset):
            routing_outcome = UNSET
        else:
            routing_outcome = self.routing_outcome

        collected_data: dict[str, Any] | None | Unset
        if isinstance(self.collected_data, Unset):
            collected_data = UNSET
        elif isinstance(self.collected_data, SalesAgentCollectedDataType0):
            collected_data = self.collected_data.to_dict()
        else:
            collected_data = self.collected_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET and (outcome is not None or "outcome" in self._received):
            field_dict["outcome"] = outcome
        if routing_outcome is not UNSET and (routing_outcome is not None or "routing_outcome" in self._received):
            field_dict["routing_outcome"] = routing_outcome
        if collected_data is not UNSET and (collected_data is not None or "collected_data" in self._received):
            field_dict["collected_data"] = collected_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_outcome(data: object) -> None | SalesAgentOutcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = SalesAgentOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesAgentOutcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", None))

        routing_outcome = d.pop("routing_outcome", None)

        def _parse_collected_data(data: object) -> None | SalesAgentCollectedDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collected_data_type_0 = SalesAgentCollectedDataType0.from_dict(data)

                return collected_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesAgentCollectedDataType0 | Unset, data)

        collected_data = _parse_collected_data(d.pop("collected_data", None))

        sales_agent = cls(
            outcome=outcome,
            routing_outcome=routing_outcome,
            collected_data=collected_data,
        )

        sales_agent._received = src_dict.keys()

        sales_agent.additional_properties = d
        return sales_agent

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, SalesAgentCollectedDataType0
    from ..models.sales_agent_collected_data_type_0 import SalesAgentCollectedDataType0

    _lazy_loaded = True
