from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.macro_list_pages_type_0_type import MacroListPagesType0Type
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.macro_list_pages_type_0_next_type_0 import MacroListPagesType0NextType0


T = TypeVar("T", bound="MacroListPagesType0")


@_attrs_define
class MacroListPagesType0:
    """Pagination information

    Attributes:
        type_ (MacroListPagesType0Type | None): The type of pagination Example: pages.
        per_page (int | None): Number of results per page Example: 50.
        next_ (MacroListPagesType0NextType0 | None): Cursor for the next page
    """

    type_: MacroListPagesType0Type | None = None
    per_page: int | None = None
    next_: MacroListPagesType0NextType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MacroListPagesType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        next_: dict[str, Any] | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, MacroListPagesType0NextType0):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if per_page is not UNSET and (per_page is not None or "per_page" in self._received):
            field_dict["per_page"] = per_page
        if next_ is not UNSET and (next_ is not None or "next" in self._received):
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not MacroListPagesType0:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = MacroListPagesType0Type(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.per_page = src_dict.get("per_page")

        next_ = src_dict.get("next")
        if isinstance(next_, dict):
            try:
                next_type_0 = MacroListPagesType0NextType0.from_dict(next_)

                next_ = next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.next_ = next_

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
        "per_page",
        "next",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, MacroListPagesType0NextType0
    from ..models.macro_list_pages_type_0_next_type_0 import MacroListPagesType0NextType0

    _lazy_loaded = True
