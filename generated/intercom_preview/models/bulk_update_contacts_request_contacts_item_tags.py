from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_contacts_request_contacts_item_tags_add_item import (
        BulkUpdateContactsRequestContactsItemTagsAddItem,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags_remove_item import (
        BulkUpdateContactsRequestContactsItemTagsRemoveItem,
    )


T = TypeVar("T", bound="BulkUpdateContactsRequestContactsItemTags")


@_attrs_define
class BulkUpdateContactsRequestContactsItemTags:
    """Tags to add to or remove from the contact. Each tag is identified by its `id`, which must be a positive integer for
    a tag that already exists in your workspace. Tag application is best-effort: unknown tag IDs are skipped while the
    rest of the contact update still applies. Per-tag results are not yet returned in the job status.

        Attributes:
            add (list[BulkUpdateContactsRequestContactsItemTagsAddItem] | Unset): Tags to add to the contact.
            remove (list[BulkUpdateContactsRequestContactsItemTagsRemoveItem] | Unset): Tags to remove from the contact.
    """

    add: list[BulkUpdateContactsRequestContactsItemTagsAddItem] | Unset = UNSET
    remove: list[BulkUpdateContactsRequestContactsItemTagsRemoveItem] | Unset = UNSET
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

        remove: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = remove_item_data.to_dict()
                remove.append(remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: list[BulkUpdateContactsRequestContactsItemTagsAddItem] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = BulkUpdateContactsRequestContactsItemTagsAddItem.from_dict(add_item_data)

                add.append(add_item)

        _remove = d.pop("remove", UNSET)
        remove: list[BulkUpdateContactsRequestContactsItemTagsRemoveItem] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = BulkUpdateContactsRequestContactsItemTagsRemoveItem.from_dict(remove_item_data)

                remove.append(remove_item)

        bulk_update_contacts_request_contacts_item_tags = cls(
            add=add,
            remove=remove,
        )

        bulk_update_contacts_request_contacts_item_tags.additional_properties = d
        return bulk_update_contacts_request_contacts_item_tags

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
    global \
        _lazy_loaded, \
        BulkUpdateContactsRequestContactsItemTagsAddItem, \
        BulkUpdateContactsRequestContactsItemTagsRemoveItem
    from ..models.bulk_update_contacts_request_contacts_item_tags_add_item import (
        BulkUpdateContactsRequestContactsItemTagsAddItem,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags_remove_item import (
        BulkUpdateContactsRequestContactsItemTagsRemoveItem,
    )

    _lazy_loaded = True
