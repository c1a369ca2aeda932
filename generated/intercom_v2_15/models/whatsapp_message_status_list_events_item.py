from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_events_item_status import WhatsappMessageStatusListEventsItemStatus
from ..models.whatsapp_message_status_list_events_item_type import WhatsappMessageStatusListEventsItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappMessageStatusListEventsItem")


@_attrs_define
class WhatsappMessageStatusListEventsItem:
    """
    Attributes:
        id (str): Event ID
        conversation_id (str): ID of the conversation
        status (WhatsappMessageStatusListEventsItemStatus): Current status of the message
        type_ (WhatsappMessageStatusListEventsItemType): Event type
        created_at (int): Creation timestamp
        updated_at (int): Last update timestamp
        whatsapp_message_id (str): WhatsApp's message identifier
        template_name (str | Unset): Name of the WhatsApp template used
    """

    id: str
    conversation_id: str
    status: WhatsappMessageStatusListEventsItemStatus
    type_: WhatsappMessageStatusListEventsItemType
    created_at: int
    updated_at: int
    whatsapp_message_id: str
    template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversation_id = self.conversation_id

        status = self.status.value

        type_ = self.type_.value

        created_at = self.created_at

        updated_at = self.updated_at

        whatsapp_message_id = self.whatsapp_message_id

        template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
                "status": status,
                "type": type_,
                "created_at": created_at,
                "updated_at": updated_at,
                "whatsapp_message_id": whatsapp_message_id,
            }
        )
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        conversation_id = d.pop("conversation_id")

        status = WhatsappMessageStatusListEventsItemStatus(d.pop("status"))

        type_ = WhatsappMessageStatusListEventsItemType(d.pop("type"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        whatsapp_message_id = d.pop("whatsapp_message_id")

        template_name = d.pop("template_name", UNSET)

        whatsapp_message_status_list_events_item = cls(
            id=id,
            conversation_id=conversation_id,
            status=status,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            whatsapp_message_id=whatsapp_message_id,
            template_name=template_name,
        )

        whatsapp_message_status_list_events_item.additional_properties = d
        return whatsapp_message_status_list_events_item

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
