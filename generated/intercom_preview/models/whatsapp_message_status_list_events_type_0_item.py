from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_events_type_0_item_status import (
    WhatsappMessageStatusListEventsType0ItemStatus,
)
from ..models.whatsapp_message_status_list_events_type_0_item_type import WhatsappMessageStatusListEventsType0ItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="WhatsappMessageStatusListEventsType0Item")


@_attrs_define
class WhatsappMessageStatusListEventsType0Item:
    """
    Attributes:
        id (None | str): Event ID
        conversation_id (None | str): ID of the conversation
        status (None | WhatsappMessageStatusListEventsType0ItemStatus): Current status of the message
        type_ (None | WhatsappMessageStatusListEventsType0ItemType): Event type
        created_at (int | None): Creation timestamp
        updated_at (int | None): Last update timestamp
        whatsapp_message_id (None | str): WhatsApp's message identifier
        template_name (None | str): Name of the WhatsApp template used
        user_id (None | str):
    """

    id: None | str = None
    conversation_id: None | str = None
    status: None | WhatsappMessageStatusListEventsType0ItemStatus = None
    type_: None | WhatsappMessageStatusListEventsType0ItemType = None
    created_at: int | None = None
    updated_at: int | None = None
    whatsapp_message_id: None | str = None
    template_name: None | str = None
    user_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WhatsappMessageStatusListEventsType0ItemStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WhatsappMessageStatusListEventsType0ItemType):
            type_ = self.type_.value
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

        whatsapp_message_id: None | str | Unset
        if isinstance(self.whatsapp_message_id, Unset):
            whatsapp_message_id = UNSET
        else:
            whatsapp_message_id = self.whatsapp_message_id

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
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
        if whatsapp_message_id is not UNSET and (
            whatsapp_message_id is not None or "whatsapp_message_id" in self._received
        ):
            field_dict["whatsapp_message_id"] = whatsapp_message_id
        if template_name is not UNSET and (template_name is not None or "template_name" in self._received):
            field_dict["template_name"] = template_name
        if user_id is not UNSET and (user_id is not None or "user_id" in self._received):
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not WhatsappMessageStatusListEventsType0Item:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.conversation_id = src_dict.get("conversation_id")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = WhatsappMessageStatusListEventsType0ItemStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = WhatsappMessageStatusListEventsType0ItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.whatsapp_message_id = src_dict.get("whatsapp_message_id")

        self.template_name = src_dict.get("template_name")

        self.user_id = src_dict.get("user_id")

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
        "id",
        "conversation_id",
        "status",
        "type",
        "created_at",
        "updated_at",
        "whatsapp_message_id",
        "template_name",
        "user_id",
    }
)
