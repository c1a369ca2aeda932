from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_fin_conversation_response_200_status import StartFinConversationResponse200Status
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors


T = TypeVar("T", bound="StartFinConversationResponse200")


@_attrs_define
class StartFinConversationResponse200:
    """
    Attributes:
        conversation_id (None | str): The ID of the conversation. Example: ext-123.
        user_id (None | str): The ID of the user. Example: user-456.
        status (None | StartFinConversationResponse200Status): Fin's current status in the conversation workflow.
             Example: thinking.
        created_at_ms (datetime.datetime | None): The timestamp the response was created at, with millisecond precision.
            Example: 2025-01-24T10:00:00.123Z.
        errors (FinAgentAttributeErrors | None):
        sse_subscription_url (None | str): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow
            the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token
            expires.
             Example: https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
    """

    conversation_id: None | str = None
    user_id: None | str = None
    status: None | StartFinConversationResponse200Status = None
    created_at_ms: datetime.datetime | None = None
    errors: FinAgentAttributeErrors | None = None
    sse_subscription_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StartFinConversationResponse200Status):
            status = self.status.value
        else:
            status = self.status

        created_at_ms: None | str | Unset
        if isinstance(self.created_at_ms, Unset):
            created_at_ms = UNSET
        elif isinstance(self.created_at_ms, datetime.datetime):
            created_at_ms = self.created_at_ms.isoformat()
        else:
            created_at_ms = self.created_at_ms

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, FinAgentAttributeErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        sse_subscription_url: None | str | Unset
        if isinstance(self.sse_subscription_url, Unset):
            sse_subscription_url = UNSET
        else:
            sse_subscription_url = self.sse_subscription_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if user_id is not UNSET and (user_id is not None or "user_id" in self._received):
            field_dict["user_id"] = user_id
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if created_at_ms is not UNSET and (created_at_ms is not None or "created_at_ms" in self._received):
            field_dict["created_at_ms"] = created_at_ms
        if errors is not UNSET and (errors is not None or "errors" in self._received):
            field_dict["errors"] = errors
        if sse_subscription_url is not UNSET and (
            sse_subscription_url is not None or "sse_subscription_url" in self._received
        ):
            field_dict["sse_subscription_url"] = sse_subscription_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not StartFinConversationResponse200:
            cls.__init__(self)
        self.conversation_id = src_dict.get("conversation_id")

        self.user_id = src_dict.get("user_id")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = StartFinConversationResponse200Status(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        created_at_ms = src_dict.get("created_at_ms")
        if isinstance(created_at_ms, str):
            try:
                created_at_ms_type_0 = WireDateTime.parse(created_at_ms)

                created_at_ms = created_at_ms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.created_at_ms = created_at_ms

        errors = src_dict.get("errors")
        if isinstance(errors, dict):
            try:
                errors_type_0 = FinAgentAttributeErrors.from_dict(errors)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.errors = errors

        self.sse_subscription_url = src_dict.get("sse_subscription_url")

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
        "user_id",
        "status",
        "created_at_ms",
        "errors",
        "sse_subscription_url",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, FinAgentAttributeErrors
    from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors

    _lazy_loaded = True
