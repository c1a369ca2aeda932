from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.handling_event import HandlingEvent


T = TypeVar("T", bound="HandlingEventList")


@_attrs_define
class HandlingEventList:
    """A list of handling events for a conversation

    Attributes:
        handling_events (list[HandlingEvent] | None): Array of handling events
    """

    handling_events: list[HandlingEvent] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        handling_events: list[dict[str, Any]] | None | Unset
        if isinstance(self.handling_events, Unset):
            handling_events = UNSET
        elif isinstance(self.handling_events, list):
            handling_events = []
            for handling_events_type_0_item_data in self.handling_events:
                handling_events_type_0_item = handling_events_type_0_item_data.to_dict()
                handling_events.append(handling_events_type_0_item)

        else:
            handling_events = self.handling_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if handling_events is not UNSET and (handling_events is not None or "handling_events" in self._received):
            field_dict["handling_events"] = handling_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not HandlingEventList:
            cls.__init__(self)
        handling_events = src_dict.get("handling_events")
        if isinstance(handling_events, list):
            try:
                handling_events_type_0 = []
                _handling_events_type_0 = handling_events
                for handling_events_type_0_item_data in _handling_events_type_0:
                    handling_events_type_0_item = HandlingEvent.from_dict(handling_events_type_0_item_data)

                    handling_events_type_0.append(handling_events_type_0_item)

                handling_events = handling_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.handling_events = handling_events

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
        "handling_events",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, HandlingEvent
    from ..models.handling_event import HandlingEvent

    _lazy_loaded = True
