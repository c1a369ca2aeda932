from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_contacts_request_contacts_item import BulkUpdateContactsRequestContactsItem
    from ..models.bulk_update_contacts_request_job import BulkUpdateContactsRequestJob


T = TypeVar("T", bound="BulkUpdateContactsRequest")


@_attrs_define
class BulkUpdateContactsRequest:
    """Request body for bulk updating contacts.

    Attributes:
        contacts (list[BulkUpdateContactsRequestContactsItem]): An array of contact objects to update. Each must include
            an `id` and the fields to update. Maximum 100 contacts per request.
        job (BulkUpdateContactsRequestJob | Unset): Optional. Include to append tasks to an existing job.
    """

    contacts: list[BulkUpdateContactsRequestContactsItem]
    job: BulkUpdateContactsRequestJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = BulkUpdateContactsRequestContactsItem.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        _job = d.pop("job", UNSET)
        job: BulkUpdateContactsRequestJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = BulkUpdateContactsRequestJob.from_dict(_job)

        bulk_update_contacts_request = cls(
            contacts=contacts,
            job=job,
        )

        bulk_update_contacts_request.additional_properties = d
        return bulk_update_contacts_request

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
    global _lazy_loaded, BulkUpdateContactsRequestContactsItem, BulkUpdateContactsRequestJob
    from ..models.bulk_update_contacts_request_contacts_item import BulkUpdateContactsRequestContactsItem
    from ..models.bulk_update_contacts_request_job import BulkUpdateContactsRequestJob

    _lazy_loaded = True
