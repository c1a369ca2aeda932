from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_contacts_request_contacts_item import BulkCreateContactsRequestContactsItem
    from ..models.bulk_create_contacts_request_job import BulkCreateContactsRequestJob


T = TypeVar("T", bound="BulkCreateContactsRequest")


@_attrs_define
class BulkCreateContactsRequest:
    """Request body for bulk creating contacts.

    Attributes:
        contacts (list[BulkCreateContactsRequestContactsItem]): An array of contact objects to create. Maximum 100
            contacts per request.
        job (BulkCreateContactsRequestJob | Unset): Optional. Include to append tasks to an existing job.
    """

    contacts: list[BulkCreateContactsRequestContactsItem]
    job: BulkCreateContactsRequestJob | Unset = UNSET
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
            contacts_item = BulkCreateContactsRequestContactsItem.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        _job = d.pop("job", UNSET)
        job: BulkCreateContactsRequestJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = BulkCreateContactsRequestJob.from_dict(_job)

        bulk_create_contacts_request = cls(
            contacts=contacts,
            job=job,
        )

        bulk_create_contacts_request.additional_properties = d
        return bulk_create_contacts_request

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
    global _lazy_loaded, BulkCreateContactsRequestContactsItem, BulkCreateContactsRequestJob
    from ..models.bulk_create_contacts_request_contacts_item import BulkCreateContactsRequestContactsItem
    from ..models.bulk_create_contacts_request_job import BulkCreateContactsRequestJob

    _lazy_loaded = True
