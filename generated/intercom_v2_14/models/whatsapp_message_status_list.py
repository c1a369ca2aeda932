from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_type import WhatsappMessageStatusListType

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from ..models.whatsapp_message_status_list_pages import WhatsappMessageStatusListPages


T = TypeVar("T", bound="WhatsappMessageStatusList")


@_attrs_define
class WhatsappMessageStatusList:
    """
    Attributes:
        type_ (WhatsappMessageStatusListType):
        ruleset_id (str): The provided ruleset ID
        pages (WhatsappMessageStatusListPages):
        total_count (int): Total number of events
        events (list[WhatsappMessageStatusListEventsItem]):
    """

    type_: WhatsappMessageStatusListType
    ruleset_id: str
    pages: WhatsappMessageStatusListPages
    total_count: int
    events: list[WhatsappMessageStatusListEventsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        ruleset_id = self.ruleset_id

        pages = self.pages.to_dict()

        total_count = self.total_count

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "ruleset_id": ruleset_id,
                "pages": pages,
                "total_count": total_count,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = WhatsappMessageStatusListType(d.pop("type"))

        ruleset_id = d.pop("ruleset_id")

        pages = WhatsappMessageStatusListPages.from_dict(d.pop("pages"))

        total_count = d.pop("total_count")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WhatsappMessageStatusListEventsItem.from_dict(events_item_data)

            events.append(events_item)

        whatsapp_message_status_list = cls(
            type_=type_,
            ruleset_id=ruleset_id,
            pages=pages,
            total_count=total_count,
            events=events,
        )

        whatsapp_message_status_list.additional_properties = d
        return whatsapp_message_status_list

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
    global _lazy_loaded, WhatsappMessageStatusListEventsItem, WhatsappMessageStatusListPages
    from ..models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from ..models.whatsapp_message_status_list_pages import WhatsappMessageStatusListPages

    _lazy_loaded = True
