from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_pages_type import WhatsappMessageStatusListPagesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_list_pages_next_type_0 import WhatsappMessageStatusListPagesNextType0


T = TypeVar("T", bound="WhatsappMessageStatusListPages")


@_attrs_define
class WhatsappMessageStatusListPages:
    """
    Attributes:
        type_ (WhatsappMessageStatusListPagesType):
        per_page (int): Number of results per page
        total_pages (int): Total number of pages
        next_ (None | Unset | WhatsappMessageStatusListPagesNextType0): Information for fetching next page (null if no
            more pages)
    """

    type_: WhatsappMessageStatusListPagesType
    per_page: int
    total_pages: int
    next_: None | Unset | WhatsappMessageStatusListPagesNextType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        per_page = self.per_page

        total_pages = self.total_pages

        next_: dict[str, Any] | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, WhatsappMessageStatusListPagesNextType0):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "per_page": per_page,
                "total_pages": total_pages,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = WhatsappMessageStatusListPagesType(d.pop("type"))

        per_page = d.pop("per_page")

        total_pages = d.pop("total_pages")

        next_ = d.pop("next", UNSET)
        if isinstance(next_, dict):
            try:
                next_type_0 = WhatsappMessageStatusListPagesNextType0.from_dict(next_)

                next_ = next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        whatsapp_message_status_list_pages = cls(
            type_=type_,
            per_page=per_page,
            total_pages=total_pages,
            next_=next_,
        )

        whatsapp_message_status_list_pages.additional_properties = d
        return whatsapp_message_status_list_pages

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
    global _lazy_loaded, WhatsappMessageStatusListPagesNextType0
    from ..models.whatsapp_message_status_list_pages_next_type_0 import WhatsappMessageStatusListPagesNextType0

    _lazy_loaded = True
