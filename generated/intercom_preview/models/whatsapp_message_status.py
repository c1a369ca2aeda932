from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_status import WhatsappMessageStatusStatus
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_error_type_0 import WhatsappMessageStatusErrorType0


T = TypeVar("T", bound="WhatsappMessageStatus")


@_attrs_define
class WhatsappMessageStatus:
    """The delivery status of a specific WhatsApp message.

    Attributes:
        conversation_id (None | str): ID of the conversation Example: 123456789.
        status (None | WhatsappMessageStatusStatus): Current delivery status of the message Example: delivered.
        type_ (None | str): Event type Example: broadcast_outbound.
        created_at (int | None): Creation timestamp Example: 1734537980.
        updated_at (int | None): Last update timestamp Example: 1734538000.
        template_name (None | str): Name of the WhatsApp template used Example: appointment_reminder.
        message_id (None | str): The WhatsApp message ID Example: wamid_abc123.
        error (None | WhatsappMessageStatusErrorType0): Error details, present only when status is "failed"
    """

    conversation_id: None | str = None
    status: None | WhatsappMessageStatusStatus = None
    type_: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    template_name: None | str = None
    message_id: None | str = None
    error: None | WhatsappMessageStatusErrorType0 = None
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WhatsappMessageStatusStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WhatsappMessageStatusErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if template_name is not UNSET and (template_name is not None or "template_name" in self._received):
            field_dict["template_name"] = template_name
        if message_id is not UNSET and (message_id is not None or "message_id" in self._received):
            field_dict["message_id"] = message_id
        if error is not UNSET and (error is not None or "error" in self._received):
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not WhatsappMessageStatus:
            cls.__init__(self)
        self.conversation_id = src_dict.get("conversation_id")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = WhatsappMessageStatusStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.type_ = src_dict.get("type")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.template_name = src_dict.get("template_name")

        self.message_id = src_dict.get("message_id")

        error = src_dict.get("error")
        if isinstance(error, dict):
            try:
                error_type_0 = WhatsappMessageStatusErrorType0.from_dict(error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.error = error

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
        "status",
        "type",
        "created_at",
        "updated_at",
        "template_name",
        "message_id",
        "error",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, WhatsappMessageStatusErrorType0
    from ..models.whatsapp_message_status_error_type_0 import WhatsappMessageStatusErrorType0

    _lazy_loaded = True
