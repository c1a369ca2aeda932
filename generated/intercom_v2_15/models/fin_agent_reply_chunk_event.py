from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_reply_chunk_event_event_name import FinAgentReplyChunkEventEventName
from ..models.fin_agent_reply_chunk_event_status import FinAgentReplyChunkEventStatus
from ..types import UNSET, Unset, WireDateTime

T = TypeVar("T", bound="FinAgentReplyChunkEvent")


@_attrs_define
class FinAgentReplyChunkEvent:
    """SSE-only event fired during streaming reply generation.
    Each chunk contains the full accumulated plain text of Fin's answer so far (cumulative, not a delta).
    Only delivered over SSE when streaming is enabled. Not available via webhooks.
    When the fin_replied event arrives with the same stream_id, replace streamed text with the final HTML body.

        Attributes:
            event_name (FinAgentReplyChunkEventEventName): The name of the event. Example: fin_reply_chunk.
            conversation_id (str): The ID of the conversation. Example: 123456.
            stream_id (str): A unique identifier for this streaming response.
                Correlates chunks with each other and with the eventual fin_replied event.
                 Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
            chunk_index (int): 0-based counter for this chunk within the stream. Contiguous.
                 Example: 3.
            chunk_text (str): The full accumulated plain text of Fin's answer so far.
                Each chunk supersedes the previous — replace rather than append.
                 Example: You can see your account details by clicking.
            created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
                2025-01-24T10:00:00.123Z.
            status (FinAgentReplyChunkEventStatus | Unset): Fin's current status (always 'replying' for this event).
                Example: replying.
    """

    event_name: FinAgentReplyChunkEventEventName
    conversation_id: str
    stream_id: str
    chunk_index: int
    chunk_text: str
    created_at_ms: datetime.datetime
    status: FinAgentReplyChunkEventStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name.value

        conversation_id = self.conversation_id

        stream_id = self.stream_id

        chunk_index = self.chunk_index

        chunk_text = self.chunk_text

        created_at_ms = self.created_at_ms.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_name": event_name,
                "conversation_id": conversation_id,
                "stream_id": stream_id,
                "chunk_index": chunk_index,
                "chunk_text": chunk_text,
                "created_at_ms": created_at_ms,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name = FinAgentReplyChunkEventEventName(d.pop("event_name"))

        conversation_id = d.pop("conversation_id")

        stream_id = d.pop("stream_id")

        chunk_index = d.pop("chunk_index")

        chunk_text = d.pop("chunk_text")

        created_at_ms = WireDateTime.parse(d.pop("created_at_ms"))

        _status = d.pop("status", UNSET)
        status: FinAgentReplyChunkEventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FinAgentReplyChunkEventStatus(_status)

        fin_agent_reply_chunk_event = cls(
            event_name=event_name,
            conversation_id=conversation_id,
            stream_id=stream_id,
            chunk_index=chunk_index,
            chunk_text=chunk_text,
            created_at_ms=created_at_ms,
            status=status,
        )

        fin_agent_reply_chunk_event.additional_properties = d
        return fin_agent_reply_chunk_event

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
