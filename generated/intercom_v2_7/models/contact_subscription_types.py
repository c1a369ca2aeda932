from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addressable_list import AddressableList


T = TypeVar("T", bound="ContactSubscriptionTypes")


@_attrs_define
class ContactSubscriptionTypes:
    """An object containing Subscription Types meta data about the SubscriptionTypes that a contact has.

    Attributes:
        data (list[AddressableList] | Unset): This object represents the subscriptions attached to a contact.
        url (str | Unset): Url to get more subscription type resources for this contact Example:
            /contacts/5ba682d23d7cf92bef87bfd4/subscriptions.
        total_count (int | Unset): Int representing the total number of subscription types attached to this contact
            Example: 100.
        has_more (bool | Unset): Whether there's more Addressable Objects to be viewed. If true, use the url to view all
            Example: True.
    """

    data: list[AddressableList] | Unset = UNSET
    url: str | Unset = UNSET
    total_count: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        url = self.url

        total_count = self.total_count

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[AddressableList] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AddressableList.from_dict(data_item_data)

                data.append(data_item)

        url = d.pop("url", UNSET)

        total_count = d.pop("total_count", UNSET)

        has_more = d.pop("has_more", UNSET)

        contact_subscription_types = cls(
            data=data,
            url=url,
            total_count=total_count,
            has_more=has_more,
        )

        contact_subscription_types.additional_properties = d
        return contact_subscription_types

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
    global _lazy_loaded, AddressableList
    from ..models.addressable_list import AddressableList

    _lazy_loaded = True
