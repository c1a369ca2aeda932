from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_contacts_request_contacts_item_tags_add_item import (
        BulkCreateContactsRequestContactsItemTagsAddItem,
    )


T = TypeVar("T", bound="BulkCreateContactsRequestContactsItemTags")


@_attrs_define
class BulkCreateContactsRequestContactsItemTags:
    """Tags to add to the contact. Each tag is identified by its `id`, which must be a positive integer for a tag that
    already exists in your workspace. Tag application is best-effort: unknown tag IDs are skipped while the rest of the
    contact create still applies. Per-tag results are not yet returned in the job status.

        Attributes:
            add (list[BulkCreateContactsRequestContactsItemTagsAddItem] | Unset): Tags to add to the contact.
    """

    add: list[BulkCreateContactsRequestContactsItemTagsAddItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: list[BulkCreateContactsRequestContactsItemTagsAddItem] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = BulkCreateContactsRequestContactsItemTagsAddItem.from_dict(add_item_data)

                add.append(add_item)

        bulk_create_contacts_request_contacts_item_tags = cls(
            add=add,
        )

        bulk_create_contacts_request_contacts_item_tags.additional_properties = d
        return bulk_create_contacts_request_contacts_item_tags

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
    global _lazy_loaded, BulkCreateContactsRequestContactsItemTagsAddItem
    from ..models.bulk_create_contacts_request_contacts_item_tags_add_item import (
        BulkCreateContactsRequestContactsItemTagsAddItem,
    )

    _lazy_loaded = True
