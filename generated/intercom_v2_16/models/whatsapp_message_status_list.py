from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_type import WhatsappMessageStatusListType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_list_events_type_0_item import WhatsappMessageStatusListEventsType0Item
    from ..models.whatsapp_message_status_list_pages_type_0 import WhatsappMessageStatusListPagesType0


T = TypeVar("T", bound="WhatsappMessageStatusList")


@_attrs_define
class WhatsappMessageStatusList:
    """
    Attributes:
        type_ (None | WhatsappMessageStatusListType):
        ruleset_id (None | str): The provided ruleset ID
        pages (None | WhatsappMessageStatusListPagesType0):
        total_count (int | None): Total number of events
        events (list[WhatsappMessageStatusListEventsType0Item] | None):
    """

    type_: None | WhatsappMessageStatusListType = None
    ruleset_id: None | str = None
    pages: None | WhatsappMessageStatusListPagesType0 = None
    total_count: int | None = None
    events: list[WhatsappMessageStatusListEventsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WhatsappMessageStatusListType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        ruleset_id: None | str | Unset
        if isinstance(self.ruleset_id, Unset):
            ruleset_id = UNSET
        else:
            ruleset_id = self.ruleset_id

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, WhatsappMessageStatusListPagesType0):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if ruleset_id is not UNSET and (ruleset_id is not None or "ruleset_id" in self._received):
            field_dict["ruleset_id"] = ruleset_id
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if events is not UNSET and (events is not None or "events" in self._received):
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | WhatsappMessageStatusListType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = WhatsappMessageStatusListType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappMessageStatusListType, data)

        type_ = _parse_type_(d.pop("type", None))

        ruleset_id = d.pop("ruleset_id", None)

        def _parse_pages(data: object) -> None | Unset | WhatsappMessageStatusListPagesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pages_type_0 = WhatsappMessageStatusListPagesType0.from_dict(data)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappMessageStatusListPagesType0, data)

        pages = _parse_pages(d.pop("pages", None))

        total_count = d.pop("total_count", None)

        def _parse_events(data: object) -> list[WhatsappMessageStatusListEventsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = WhatsappMessageStatusListEventsType0Item.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WhatsappMessageStatusListEventsType0Item] | None | Unset, data)

        events = _parse_events(d.pop("events", None))

        whatsapp_message_status_list = cls(
            type_=type_,
            ruleset_id=ruleset_id,
            pages=pages,
            total_count=total_count,
            events=events,
        )

        whatsapp_message_status_list._received = src_dict.keys()

        whatsapp_message_status_list.additional_properties = d
        return whatsapp_message_status_list

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, WhatsappMessageStatusListEventsType0Item, WhatsappMessageStatusListPagesType0
    from ..models.whatsapp_message_status_list_events_type_0_item import WhatsappMessageStatusListEventsType0Item
    from ..models.whatsapp_message_status_list_pages_type_0 import WhatsappMessageStatusListPagesType0

    _lazy_loaded = True
