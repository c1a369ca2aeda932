from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItem
    from ..models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob


T = TypeVar("T", bound="BulkDeleteCompaniesRequest")


@_attrs_define
class BulkDeleteCompaniesRequest:
    """Request body for bulk deleting companies.

    Attributes:
        companies (list[BulkDeleteCompaniesRequestCompaniesItem]): An array of companies to delete, each identified by
            its Intercom company `id`. Maximum 100 companies per request.
        job (BulkDeleteCompaniesRequestJob | Unset): Optional. Include to append tasks to an existing job.
    """

    companies: list[BulkDeleteCompaniesRequestCompaniesItem]
    job: BulkDeleteCompaniesRequestJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companies": companies,
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
        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = BulkDeleteCompaniesRequestCompaniesItem.from_dict(companies_item_data)

            companies.append(companies_item)

        _job = d.pop("job", UNSET)
        job: BulkDeleteCompaniesRequestJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = BulkDeleteCompaniesRequestJob.from_dict(_job)

        bulk_delete_companies_request = cls(
            companies=companies,
            job=job,
        )

        bulk_delete_companies_request.additional_properties = d
        return bulk_delete_companies_request

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
    global _lazy_loaded, BulkDeleteCompaniesRequestCompaniesItem, BulkDeleteCompaniesRequestJob
    from ..models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItem
    from ..models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob

    _lazy_loaded = True
