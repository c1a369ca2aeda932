from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cursor_pages_type import CursorPagesType
from ..types import UNSET, Unset

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
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        d = dict(src_dict)

        def _parse_type_(data: object) -> CursorPagesType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CursorPagesType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CursorPagesType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", None))

        page = d.pop("page", None)

        def _parse_next_(data: object) -> None | StartingAfterPaging | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_type_0 = StartingAfterPaging.from_dict(data)

                return next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StartingAfterPaging | Unset, data)

        next_ = _parse_next_(d.pop("next", None))

        per_page = d.pop("per_page", None)

        total_pages = d.pop("total_pages", None)

        cursor_pages = cls(
            type_=type_,
            page=page,
            next_=next_,
            per_page=per_page,
            total_pages=total_pages,
        )

        cursor_pages._received = src_dict.keys()

        cursor_pages.additional_properties = d
        return cursor_pages

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
    global _lazy_loaded, StartingAfterPaging
    from ..models.starting_after_paging import StartingAfterPaging

    _lazy_loaded = True
