from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_status_updated_event_event_name import FinAgentStatusUpdatedEventEventName
from ..models.fin_agent_status_updated_event_status import FinAgentStatusUpdatedEventStatus
from ..types import UNSET, Unset, WireDateTime

T = TypeVar("T", bound="FinAgentStatusUpdatedEvent")


@_attrs_define
class FinAgentStatusUpdatedEvent:
    """Event fired when Fin's status changes during a conversation.
    Fin will report its status to the client via this event.

        Attributes:
            event_name (FinAgentStatusUpdatedEventEventName): The name of the event. Example: fin_status_updated.
            conversation_id (str): The ID of the conversation. Example: 123456.
            user_id (str): The ID of the user. Example: 7891.
            status (FinAgentStatusUpdatedEventStatus): Fin's current status.
                - awaiting_user_reply: Fin has finished replying and is waiting for the user to respond
                - escalated: The conversation has been escalated to a human
                - resolved: The user's query has been resolved
                - complete: Fin has completed its workflow. When CSAT is enabled a csat_requested event may follow, in which
                case the SSE stream is held open past complete until it is delivered or the token expires
                 Example: escalated.
            created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
                2025-01-24T10:00:00.123Z.
            reason (str | Unset): Optional. A human-readable explanation of why the conversation was escalated.
                Only present when status is 'escalated'.
                Possible values include:
                - "Escalation requested by user"
                - "Escalation rule: {rule_name}"
                - "Escalation rule matched"
                - "Routed to team"
                - "Conversation finished without resolution"
                 Example: Escalation requested by user.
    """

    event_name: FinAgentStatusUpdatedEventEventName
    conversation_id: str
    user_id: str
    status: FinAgentStatusUpdatedEventStatus
    created_at_ms: datetime.datetime
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name.value

        conversation_id = self.conversation_id

        user_id = self.user_id

        status = self.status.value

        created_at_ms = self.created_at_ms.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_name": event_name,
                "conversation_id": conversation_id,
                "user_id": user_id,
                "status": status,
                "created_at_ms": created_at_ms,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name = FinAgentStatusUpdatedEventEventName(d.pop("event_name"))

        conversation_id = d.pop("conversation_id")

        user_id = d.pop("user_id")

        status = FinAgentStatusUpdatedEventStatus(d.pop("status"))

        created_at_ms = WireDateTime.parse(d.pop("created_at_ms"))

        reason = d.pop("reason", UNSET)

        fin_agent_status_updated_event = cls(
            event_name=event_name,
            conversation_id=conversation_id,
            user_id=user_id,
            status=status,
            created_at_ms=created_at_ms,
            reason=reason,
        )

        fin_agent_status_updated_event.additional_properties = d
        return fin_agent_status_updated_event

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
