from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_event_summary_type import DataEventSummaryType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.data_event_summary_item import DataEventSummaryItem
    from ..models.data_event_summary_pages_type_0 import DataEventSummaryPagesType0


T = TypeVar("T", bound="DataEventSummary")


@_attrs_define
class DataEventSummary:
    """This will return a summary of data events for the App.

    Attributes:
        type_ (DataEventSummaryType | None): The type of the object Example: event.summary.
        email (None | str): The email address of the user Example: Sam.Sung@example.com.
        intercom_user_id (None | str): The Intercom user ID of the user Example: 63a0979a5eeebeaf28dd56ba.
        user_id (None | str): The user ID of the user Example: 62b997f288e14803c5006932.
        events (list[DataEventSummaryItem | None] | None): A summary of data events
        pages (DataEventSummaryPagesType0 | None):
    """

    type_: DataEventSummaryType | None = None
    email: None | str = None
    intercom_user_id: None | str = None
    user_id: None | str = None
    events: list[DataEventSummaryItem | None] | None = None
    pages: DataEventSummaryPagesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataEventSummaryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        intercom_user_id: None | str | Unset
        if isinstance(self.intercom_user_id, Unset):
            intercom_user_id = UNSET
        else:
            intercom_user_id = self.intercom_user_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        events: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item: dict[str, Any] | None
                if isinstance(events_type_0_item_data, DataEventSummaryItem):
                    events_type_0_item = events_type_0_item_data.to_dict()
                else:
                    events_type_0_item = events_type_0_item_data
                events.append(events_type_0_item)

        else:
            events = self.events

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, DataEventSummaryPagesType0):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if email is not UNSET and (email is not None or "email" in self._received):
            field_dict["email"] = email
        if intercom_user_id is not UNSET and (intercom_user_id is not None or "intercom_user_id" in self._received):
            field_dict["intercom_user_id"] = intercom_user_id
        if user_id is not UNSET and (user_id is not None or "user_id" in self._received):
            field_dict["user_id"] = user_id
        if events is not UNSET and (events is not None or "events" in self._received):
            field_dict["events"] = events
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not DataEventSummary:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataEventSummaryType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.email = src_dict.get("email")

        self.intercom_user_id = src_dict.get("intercom_user_id")

        self.user_id = src_dict.get("user_id")

        events = src_dict.get("events")
        if isinstance(events, list):
            try:
                events_type_0 = []
                _events_type_0 = events
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = events_type_0_item_data
                    if isinstance(events_type_0_item, dict):
                        try:
                            events_type_0_item_type_0 = DataEventSummaryItem.from_dict(events_type_0_item)

                            events_type_0_item = events_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                    events_type_0.append(events_type_0_item)

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.events = events

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = DataEventSummaryPagesType0.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

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
        "email",
        "intercom_user_id",
        "user_id",
        "events",
        "pages",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, DataEventSummaryItem, DataEventSummaryPagesType0
    from ..models.data_event_summary_item import DataEventSummaryItem
    from ..models.data_event_summary_pages_type_0 import DataEventSummaryPagesType0

    _lazy_loaded = True
