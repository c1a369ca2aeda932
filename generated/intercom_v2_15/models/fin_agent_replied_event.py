from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_replied_event_event_name import FinAgentRepliedEventEventName
from ..models.fin_agent_replied_event_status import FinAgentRepliedEventStatus
from ..types import UNSET, Unset, WireDateTime

if TYPE_CHECKING:
    from ..models.fin_agent_replied_event_message import FinAgentRepliedEventMessage


T = TypeVar("T", bound="FinAgentRepliedEvent")


@_attrs_define
class FinAgentRepliedEvent:
    """Event fired when Fin replies to a user.
    Delivered via webhooks or SSE. The content of the response will be contained in the message object.
    Fin's status will update to 'awaiting_user_reply'.

        Attributes:
            event_name (FinAgentRepliedEventEventName): The name of the event. Example: fin_replied.
            conversation_id (str): The ID of the conversation. Example: 123456.
            user_id (str): The ID of the user. Example: 7891.
            message (FinAgentRepliedEventMessage): Fin's answer to the user's query.
            status (FinAgentRepliedEventStatus): Fin's current status (always 'awaiting_user_reply' for this event).
                Example: awaiting_user_reply.
            created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
                2025-01-24T10:00:00.123Z.
            stream_id (str | Unset): Optional. Present when the reply was generated via streaming.
                Correlates this event with the fin_reply_chunk events that preceded it.
                Use this to know when to replace streamed chunk_text with the final message body.
                 Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
    """

    event_name: FinAgentRepliedEventEventName
    conversation_id: str
    user_id: str
    message: FinAgentRepliedEventMessage
    status: FinAgentRepliedEventStatus
    created_at_ms: datetime.datetime
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        event_name = self.event_name.value

        conversation_id = self.conversation_id

        user_id = self.user_id

        message = self.message.to_dict()

        status = self.status.value

        created_at_ms = self.created_at_ms.isoformat()

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_name": event_name,
                "conversation_id": conversation_id,
                "user_id": user_id,
                "message": message,
                "status": status,
                "created_at_ms": created_at_ms,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        event_name = FinAgentRepliedEventEventName(d.pop("event_name"))

        conversation_id = d.pop("conversation_id")

        user_id = d.pop("user_id")

        message = FinAgentRepliedEventMessage.from_dict(d.pop("message"))

        status = FinAgentRepliedEventStatus(d.pop("status"))

        created_at_ms = WireDateTime.parse(d.pop("created_at_ms"))

        stream_id = d.pop("stream_id", UNSET)

        fin_agent_replied_event = cls(
            event_name=event_name,
            conversation_id=conversation_id,
            user_id=user_id,
            message=message,
            status=status,
            created_at_ms=created_at_ms,
            stream_id=stream_id,
        )

        fin_agent_replied_event.additional_properties = d
        return fin_agent_replied_event

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
    global _lazy_loaded, FinAgentRepliedEventMessage
    from ..models.fin_agent_replied_event_message import FinAgentRepliedEventMessage

    _lazy_loaded = True
