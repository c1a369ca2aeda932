from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_sla_paused_current_sla_status import ConversationSlaPausedCurrentSlaStatus
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_sla_paused_sla_states_type_0 import ConversationSlaPausedSlaStatesType0


T = TypeVar("T", bound="ConversationSlaPaused")


@_attrs_define
class ConversationSlaPaused:
    """Contains SLA status at the moment of pausing for conversation part type <code>conversation_sla_paused</code>.

    Attributes:
        sla_name (None | str): Name of the SLA being paused Example: Premium SLA.
        current_sla_status (ConversationSlaPausedCurrentSlaStatus | None): Overall SLA status at pause time Example:
            active.
        sla_states (ConversationSlaPausedSlaStatesType0 | None): Status of all SLA targets at pause time Example:
            {'first_reply_time': {'status': 'paused', 'seconds_remaining': 3600}, 'time_to_close': {'status': 'paused',
            'seconds_remaining': 7200}}.
    """

    sla_name: None | str = None
    current_sla_status: ConversationSlaPausedCurrentSlaStatus | None = None
    sla_states: ConversationSlaPausedSlaStatesType0 | None = None
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

        current_sla_status: None | str | Unset
        if isinstance(self.current_sla_status, Unset):
            current_sla_status = UNSET
        elif isinstance(self.current_sla_status, ConversationSlaPausedCurrentSlaStatus):
            current_sla_status = self.current_sla_status.value
        else:
            current_sla_status = self.current_sla_status

        sla_states: dict[str, Any] | None | Unset
        if isinstance(self.sla_states, Unset):
            sla_states = UNSET
        elif isinstance(self.sla_states, ConversationSlaPausedSlaStatesType0):
            sla_states = self.sla_states.to_dict()
        else:
            sla_states = self.sla_states

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sla_name is not UNSET and (sla_name is not None or "sla_name" in self._received):
            field_dict["sla_name"] = sla_name
        if current_sla_status is not UNSET and (
            current_sla_status is not None or "current_sla_status" in self._received
        ):
            field_dict["current_sla_status"] = current_sla_status
        if sla_states is not UNSET and (sla_states is not None or "sla_states" in self._received):
            field_dict["sla_states"] = sla_states

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationSlaPaused:
            cls.__init__(self)
        self.sla_name = src_dict.get("sla_name")

        current_sla_status = src_dict.get("current_sla_status")
        if isinstance(current_sla_status, str):
            try:
                current_sla_status_type_1 = ConversationSlaPausedCurrentSlaStatus(current_sla_status)

                current_sla_status = current_sla_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.current_sla_status = current_sla_status

        sla_states = src_dict.get("sla_states")
        if isinstance(sla_states, dict):
            try:
                sla_states_type_0 = ConversationSlaPausedSlaStatesType0.from_dict(sla_states)

                sla_states = sla_states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sla_states = sla_states

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
        "current_sla_status",
        "sla_states",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationSlaPausedSlaStatesType0
    from ..models.conversation_sla_paused_sla_states_type_0 import ConversationSlaPausedSlaStatesType0

    _lazy_loaded = True
