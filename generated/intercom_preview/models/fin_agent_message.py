from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_message_author import FinAgentMessageAuthor
from ..types import UNSET, Unset, WireDateTime

T = TypeVar("T", bound="FinAgentMessage")


@_attrs_define
class FinAgentMessage:
    """A message exchanged within a Fin Agent conversation.

    Attributes:
        author (FinAgentMessageAuthor): The author that created the message. Example: user.
        body (str): The body of the message. Accepts both plain text and HTML format.
            When sending a message to Fin, this should contain the user's message.
            Fin's response will be returned as HTML.
             Example: How can I see my account details?.
        timestamp (datetime.datetime | Unset): The timestamp when the message was created.
            Used to deduplicate messages sent within a 5 minute window.
            Ideally should include milliseconds for higher precision.
             Example: 2025-01-24T10:01:20.000Z.
        timestamp_ms (datetime.datetime | Unset): The timestamp when the message was created, with millisecond
            precision.
            Only present in event responses (fin_replied).
             Example: 2025-01-24T10:01:20.456Z.
    """

    author: FinAgentMessageAuthor
    body: str
    timestamp: datetime.datetime | Unset = UNSET
    timestamp_ms: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author.value

        body = self.body

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        timestamp_ms: str | Unset = UNSET
        if not isinstance(self.timestamp_ms, Unset):
            timestamp_ms = self.timestamp_ms.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "body": body,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if timestamp_ms is not UNSET:
            field_dict["timestamp_ms"] = timestamp_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        author = FinAgentMessageAuthor(d.pop("author"))

        body = d.pop("body")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = WireDateTime.parse(_timestamp)

        _timestamp_ms = d.pop("timestamp_ms", UNSET)
        timestamp_ms: datetime.datetime | Unset
        if isinstance(_timestamp_ms, Unset):
            timestamp_ms = UNSET
        else:
            timestamp_ms = WireDateTime.parse(_timestamp_ms)

        fin_agent_message = cls(
            author=author,
            body=body,
            timestamp=timestamp,
            timestamp_ms=timestamp_ms,
        )

        fin_agent_message.additional_properties = d
        return fin_agent_message

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
