from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_agent_outcome import SalesAgentOutcome
from ..types import NO_KEYS, UNSET, Unset, new_instance

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
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        self = new_instance(cls)
        if cls is not SalesAgent:
            cls.__init__(self)
        outcome = src_dict.get("outcome")
        if isinstance(outcome, str):
            try:
                outcome_type_1 = SalesAgentOutcome(outcome)

                outcome = outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.outcome = outcome

        self.routing_outcome = src_dict.get("routing_outcome")

        collected_data = src_dict.get("collected_data")
        if isinstance(collected_data, dict):
            try:
                collected_data_type_0 = SalesAgentCollectedDataType0.from_dict(collected_data)

                collected_data = collected_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.collected_data = collected_data

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
        "outcome",
        "routing_outcome",
        "collected_data",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, SalesAgentCollectedDataType0
    from ..models.sales_agent_collected_data_type_0 import SalesAgentCollectedDataType0

    _lazy_loaded = True
