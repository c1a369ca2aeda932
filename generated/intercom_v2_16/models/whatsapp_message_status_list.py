from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_type import WhatsappMessageStatusListType
from ..types import NO_KEYS, UNSET, Unset, new_instance

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
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

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
        self = new_instance(cls)
        if cls is not WhatsappMessageStatusList:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = WhatsappMessageStatusListType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.ruleset_id = src_dict.get("ruleset_id")

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = WhatsappMessageStatusListPagesType0.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

        self.total_count = src_dict.get("total_count")

        events = src_dict.get("events")
        if isinstance(events, list):
            try:
                events_type_0 = []
                _events_type_0 = events
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = WhatsappMessageStatusListEventsType0Item.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.events = events

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
        "type",
        "ruleset_id",
        "pages",
        "total_count",
        "events",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, WhatsappMessageStatusListEventsType0Item, WhatsappMessageStatusListPagesType0
    from ..models.whatsapp_message_status_list_events_type_0_item import WhatsappMessageStatusListEventsType0Item
    from ..models.whatsapp_message_status_list_pages_type_0 import WhatsappMessageStatusListPagesType0

    _lazy_loaded = True
