from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cursor_pages_type import CursorPagesType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.starting_after_paging import StartingAfterPaging


T = TypeVar("T", bound="CursorPages")


@_attrs_define
class CursorPages:
    """Cursor-based pagination is a technique used in the Intercom API to navigate through large amounts of data.
    A "cursor" or pointer is used to keep track of the current position in the result set, allowing the API to return
    the data in small chunks or "pages" as needed.

        Attributes:
            type_ (CursorPagesType | None): the type of object `pages`. Example: pages.
            page (int | None): The current page Example: 1.
            next_ (None | StartingAfterPaging):
            per_page (int | None): Number of results per page Example: 2.
            total_pages (int | None): Total number of pages Example: 13.
    """

    type_: CursorPagesType | None = None
    page: int | None = None
    next_: None | StartingAfterPaging = None
    per_page: int | None = None
    total_pages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CursorPagesType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        next_: dict[str, Any] | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, StartingAfterPaging):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if page is not UNSET and (page is not None or "page" in self._received):
            field_dict["page"] = page
        if next_ is not UNSET and (next_ is not None or "next" in self._received):
            field_dict["next"] = next_
        if per_page is not UNSET and (per_page is not None or "per_page" in self._received):
            field_dict["per_page"] = per_page
        if total_pages is not UNSET and (total_pages is not None or "total_pages" in self._received):
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not CursorPages:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = CursorPagesType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.page = src_dict.get("page")

        next_ = src_dict.get("next")
        if isinstance(next_, dict):
            try:
                next_type_0 = StartingAfterPaging.from_dict(next_)

                next_ = next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.next_ = next_

        self.per_page = src_dict.get("per_page")

        self.total_pages = src_dict.get("total_pages")

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
        "page",
        "next",
        "per_page",
        "total_pages",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, StartingAfterPaging
    from ..models.starting_after_paging import StartingAfterPaging

    _lazy_loaded = True
