from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_replied_event_message_author import FinAgentRepliedEventMessageAuthor
from ..types import UNSET, Unset, WireDateTime

T = TypeVar("T", bound="FinAgentRepliedEventMessage")


@_attrs_define
class FinAgentRepliedEventMessage:
    """Fin's answer to the user's query.

    Attributes:
        author (FinAgentRepliedEventMessageAuthor): The author of the message (always 'fin' for this event). Example:
            fin.
        body (str): The HTML body of Fin's response. Example: <p>You can see your account details by clicking on the
            <em>Account</em> tab in the top right corner of the screen.</p>.
        timestamp_ms (datetime.datetime): The timestamp the message was created at, with millisecond precision. Example:
            2025-01-24T09:01:00.456Z.
        id (str | Unset): A unique identifier for this message. Example: 98765.
    """

    author: FinAgentRepliedEventMessageAuthor
    body: str
    timestamp_ms: datetime.datetime
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author.value

        body = self.body

        timestamp_ms = self.timestamp_ms.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "body": body,
                "timestamp_ms": timestamp_ms,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        author = FinAgentRepliedEventMessageAuthor(d.pop("author"))

        body = d.pop("body")

        timestamp_ms = WireDateTime.parse(d.pop("timestamp_ms"))

        id = d.pop("id", UNSET)

        fin_agent_replied_event_message = cls(
            author=author,
            body=body,
            timestamp_ms=timestamp_ms,
            id=id,
        )

        fin_agent_replied_event_message.additional_properties = d
        return fin_agent_replied_event_message

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
