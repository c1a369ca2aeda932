from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_sla_applied_by_rule_sla_definition_type_0 import (
        ConversationSlaAppliedByRuleSlaDefinitionType0,
    )


T = TypeVar("T", bound="ConversationSlaAppliedByRule")


@_attrs_define
class ConversationSlaAppliedByRule:
    """Contains details about SLA applied by modern Operator workflows for conversation part type
    <code>conversation_sla_applied_by_rule</code>.

        Attributes:
            sla_name (None | str): Name of the SLA that was applied Example: Premium SLA.
            sla_definition (ConversationSlaAppliedByRuleSlaDefinitionType0 | None): Target times configured for the SLA (in
                seconds)
    """

    sla_name: None | str = None
    sla_definition: ConversationSlaAppliedByRuleSlaDefinitionType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        sla_name: None | str | Unset
        if isinstance(self.sla_name, Unset):
            sla_name = UNSET
        else:
            sla_name = self.sla_name

        sla_definition: dict[str, Any] | None | Unset
        if isinstance(self.sla_definition, Unset):
            sla_definition = UNSET
        elif isinstance(self.sla_definition, ConversationSlaAppliedByRuleSlaDefinitionType0):
            sla_definition = self.sla_definition.to_dict()
        else:
            sla_definition = self.sla_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sla_name is not UNSET and (sla_name is not None or "sla_name" in self._received):
            field_dict["sla_name"] = sla_name
        if sla_definition is not UNSET and (sla_definition is not None or "sla_definition" in self._received):
            field_dict["sla_definition"] = sla_definition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationSlaAppliedByRule:
            cls.__init__(self)
        self.sla_name = src_dict.get("sla_name")

        sla_definition = src_dict.get("sla_definition")
        if isinstance(sla_definition, dict):
            try:
                sla_definition_type_0 = ConversationSlaAppliedByRuleSlaDefinitionType0.from_dict(sla_definition)

                sla_definition = sla_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sla_definition = sla_definition

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
        "sla_name",
        "sla_definition",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationSlaAppliedByRuleSlaDefinitionType0
    from ..models.conversation_sla_applied_by_rule_sla_definition_type_0 import (
        ConversationSlaAppliedByRuleSlaDefinitionType0,
    )

    _lazy_loaded = True
