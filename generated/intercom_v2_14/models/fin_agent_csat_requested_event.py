from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_csat_requested_event_event_name import FinAgentCsatRequestedEventEventName
from ..types import WireDateTime

if TYPE_CHECKING:
    from ..models.fin_agent_csat_requested_event_csat import FinAgentCsatRequestedEventCsat


T = TypeVar("T", bound="FinAgentCsatRequestedEvent")


@_attrs_define
class FinAgentCsatRequestedEvent:
    """Event fired when Fin asks the user to rate the conversation.
    Delivered via webhooks or SSE. Carries the rating options to present to the user; submit
    the user's choice with POST /fin/csat. Unlike the reply events it has no message — a
    rating survey is a set of options to choose from, not readable text.
    Over SSE this event arrives after Fin reaches 'complete'. Because a survey is expected,
    'complete' does not close the stream: the connection is held open so this event can be
    delivered, and the token is revoked once it is sent.

        Attributes:
            event_name (FinAgentCsatRequestedEventEventName): The name of the event. Example: csat_requested.
            conversation_id (str): The ID of the conversation. Example: 123456.
            user_id (str): The ID of the user. Example: 7891.
            csat (FinAgentCsatRequestedEventCsat): The rating survey to present to the user. Example: {'options': [{'key':
                'good', 'emoji': '😃', 'label': 'Great'}, {'key': 'amazing', 'emoji': '🤩', 'label': 'Amazing'}]}.
            created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
                2025-01-24T10:00:00.123Z.
    """

    event_name: FinAgentCsatRequestedEventEventName
    conversation_id: str
    user_id: str
    csat: FinAgentCsatRequestedEventCsat
    created_at_ms: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        event_name = self.event_name.value

        conversation_id = self.conversation_id

        user_id = self.user_id

        csat = self.csat.to_dict()

        created_at_ms = self.created_at_ms.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_name": event_name,
                "conversation_id": conversation_id,
                "user_id": user_id,
                "csat": csat,
                "created_at_ms": created_at_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        event_name = FinAgentCsatRequestedEventEventName(d.pop("event_name"))

        conversation_id = d.pop("conversation_id")

        user_id = d.pop("user_id")

        csat = FinAgentCsatRequestedEventCsat.from_dict(d.pop("csat"))

        created_at_ms = WireDateTime.parse(d.pop("created_at_ms"))

        fin_agent_csat_requested_event = cls(
            event_name=event_name,
            conversation_id=conversation_id,
            user_id=user_id,
            csat=csat,
            created_at_ms=created_at_ms,
        )

        fin_agent_csat_requested_event.additional_properties = d
        return fin_agent_csat_requested_event

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
    global _lazy_loaded, FinAgentCsatRequestedEventCsat
    from ..models.fin_agent_csat_requested_event_csat import FinAgentCsatRequestedEventCsat

    _lazy_loaded = True
