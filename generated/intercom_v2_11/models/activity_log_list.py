from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_log_list_type import ActivityLogListType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.activity_log import ActivityLog
    from ..models.cursor_pages import CursorPages


T = TypeVar("T", bound="ActivityLogList")


@_attrs_define
class ActivityLogList:
    """A paginated list of activity logs.

    Attributes:
        type_ (ActivityLogListType | None): String representing the object's type. Always has the value
            `activity_log.list`. Example: activity_log.list.
        pages (CursorPages | None):
        activity_logs (list[ActivityLog] | None): An array of activity logs
    """

    type_: ActivityLogListType | None = None
    pages: CursorPages | None = None
    activity_logs: list[ActivityLog] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ActivityLogListType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, CursorPages):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        activity_logs: list[dict[str, Any]] | None | Unset
        if isinstance(self.activity_logs, Unset):
            activity_logs = UNSET
        elif isinstance(self.activity_logs, list):
            activity_logs = []
            for activity_logs_type_0_item_data in self.activity_logs:
                activity_logs_type_0_item = activity_logs_type_0_item_data.to_dict()
                activity_logs.append(activity_logs_type_0_item)

        else:
            activity_logs = self.activity_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if pages is not UNSET and (pages is not None or "pages" in self._received):
            field_dict["pages"] = pages
        if activity_logs is not UNSET and (activity_logs is not None or "activity_logs" in self._received):
            field_dict["activity_logs"] = activity_logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ActivityLogList:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ActivityLogListType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        pages = src_dict.get("pages")
        if isinstance(pages, dict):
            try:
                pages_type_0 = CursorPages.from_dict(pages)

                pages = pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.pages = pages

        activity_logs = src_dict.get("activity_logs")
        if isinstance(activity_logs, list):
            try:
                activity_logs_type_0 = []
                _activity_logs_type_0 = activity_logs
                for activity_logs_type_0_item_data in _activity_logs_type_0:
                    activity_logs_type_0_item = ActivityLog.from_dict(activity_logs_type_0_item_data)

                    activity_logs_type_0.append(activity_logs_type_0_item)

                activity_logs = activity_logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.activity_logs = activity_logs

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
        "pages",
        "activity_logs",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ActivityLog, CursorPages
    from ..models.activity_log import ActivityLog
    from ..models.cursor_pages import CursorPages

    _lazy_loaded = True
