from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalate_fin_conversation_response_200_status import EscalateFinConversationResponse200Status
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="EscalateFinConversationResponse200")


@_attrs_define
class EscalateFinConversationResponse200:
    """
    Attributes:
        conversation_id (None | str): The external ID of the conversation. Returned when you escalate an existing
            conversation by `conversation_id` (echoed back). When you escalate a `user`, a new conversation is created and
            only `intercom_conversation_id` is returned. Example: ext-123.
        intercom_conversation_id (None | str): The internal Intercom conversation ID. Returned when a new conversation
            was created for the escalation. Example: 987654321.
        sse_subscription_url (None | str): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to complete status. When CSAT is enabled and a survey will follow the resolution,
            `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. Includes a
            `rewind` window so a subscriber that connects after the escalation is processed can still receive the
            `escalated` and `complete` events.
             Example: https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
        status (EscalateFinConversationResponse200Status | None): The resulting status of the conversation. Example:
            escalated.
    """

    conversation_id: None | str = None
    intercom_conversation_id: None | str = None
    sse_subscription_url: None | str = None
    status: EscalateFinConversationResponse200Status | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        intercom_conversation_id: None | str | Unset
        if isinstance(self.intercom_conversation_id, Unset):
            intercom_conversation_id = UNSET
        else:
            intercom_conversation_id = self.intercom_conversation_id

        sse_subscription_url: None | str | Unset
        if isinstance(self.sse_subscription_url, Unset):
            sse_subscription_url = UNSET
        else:
            sse_subscription_url = self.sse_subscription_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EscalateFinConversationResponse200Status):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if intercom_conversation_id is not UNSET and (
            intercom_conversation_id is not None or "intercom_conversation_id" in self._received
        ):
            field_dict["intercom_conversation_id"] = intercom_conversation_id
        if sse_subscription_url is not UNSET and (
            sse_subscription_url is not None or "sse_subscription_url" in self._received
        ):
            field_dict["sse_subscription_url"] = sse_subscription_url
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not EscalateFinConversationResponse200:
            cls.__init__(self)
        self.conversation_id = src_dict.get("conversation_id")

        self.intercom_conversation_id = src_dict.get("intercom_conversation_id")

        self.sse_subscription_url = src_dict.get("sse_subscription_url")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = EscalateFinConversationResponse200Status(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

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
        "conversation_id",
        "intercom_conversation_id",
        "sse_subscription_url",
        "status",
    }
)
