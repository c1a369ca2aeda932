from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_event_list_type import DataEventListType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_event import DataEvent
    from ..models.data_event_list_pages import DataEventListPages


T = TypeVar("T", bound="DataEventList")


@_attrs_define
class DataEventList:
    """This will return a list of data events for the App.

    Attributes:
        type_ (DataEventListType | Unset): The type of the object Example: event.list.
        events (list[DataEvent] | Unset): A list of data events
        pages (DataEventListPages | Unset): Pagination
    """

    type_: DataEventListType | Unset = UNSET
    events: list[DataEvent] | Unset = UNSET
    pages: DataEventListPages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        pages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if events is not UNSET:
            field_dict["events"] = events
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DataEventListType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DataEventListType(_type_)

        _events = d.pop("events", UNSET)
        events: list[DataEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = DataEvent.from_dict(events_item_data)

                events.append(events_item)

        _pages = d.pop("pages", UNSET)
        pages: DataEventListPages | Unset
        if isinstance(_pages, Unset):
            pages = UNSET
        else:
            pages = DataEventListPages.from_dict(_pages)

        data_event_list = cls(
            type_=type_,
            events=events,
            pages=pages,
        )

        data_event_list.additional_properties = d
        return data_event_list

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
    global _lazy_loaded, DataEvent, DataEventListPages
    from ..models.data_event import DataEvent
    from ..models.data_event_list_pages import DataEventListPages

    _lazy_loaded = True
