from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority_changed_current_priority import PriorityChangedCurrentPriority
from ..models.priority_changed_previous_priority import PriorityChangedPreviousPriority
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="PriorityChanged")


@_attrs_define
class PriorityChanged:
    """Contains details about priority changes for conversation part type <code>priority_changed</code>.

    Attributes:
        current_priority (None | PriorityChangedCurrentPriority): Current priority level Example: high.
        previous_priority (None | PriorityChangedPreviousPriority): Previous priority level Example: none.
    """

    current_priority: None | PriorityChangedCurrentPriority = None
    previous_priority: None | PriorityChangedPreviousPriority = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        current_priority: None | str | Unset
        if isinstance(self.current_priority, Unset):
            current_priority = UNSET
        elif isinstance(self.current_priority, PriorityChangedCurrentPriority):
            current_priority = self.current_priority.value
        else:
            current_priority = self.current_priority

        previous_priority: None | str | Unset
        if isinstance(self.previous_priority, Unset):
            previous_priority = UNSET
        elif isinstance(self.previous_priority, PriorityChangedPreviousPriority):
            previous_priority = self.previous_priority.value
        else:
            previous_priority = self.previous_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_priority is not UNSET and (current_priority is not None or "current_priority" in self._received):
            field_dict["current_priority"] = current_priority
        if previous_priority is not UNSET and (previous_priority is not None or "previous_priority" in self._received):
            field_dict["previous_priority"] = previous_priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not PriorityChanged:
            cls.__init__(self)
        current_priority = src_dict.get("current_priority")
        if isinstance(current_priority, str):
            try:
                current_priority_type_1 = PriorityChangedCurrentPriority(current_priority)

                current_priority = current_priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.current_priority = current_priority

        previous_priority = src_dict.get("previous_priority")
        if isinstance(previous_priority, str):
            try:
                previous_priority_type_1 = PriorityChangedPreviousPriority(previous_priority)

                previous_priority = previous_priority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.previous_priority = previous_priority

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
        "current_priority",
        "previous_priority",
    }
)
