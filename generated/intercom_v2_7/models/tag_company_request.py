from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tag_company_request_companies_item import TagCompanyRequestCompaniesItem


T = TypeVar("T", bound="TagCompanyRequest")


@_attrs_define
class TagCompanyRequest:
    """You can tag a single company or a list of companies.

    Attributes:
        name (str): The name of the tag, which will be created if not found. Example: Independent.
        companies (list[TagCompanyRequestCompaniesItem]): The id or company_id of the company can be passed as input
            parameters.
    """

    name: str
    companies: list[TagCompanyRequestCompaniesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "companies": companies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = TagCompanyRequestCompaniesItem.from_dict(companies_item_data)

            companies.append(companies_item)

        tag_company_request = cls(
            name=name,
            companies=companies,
        )

        tag_company_request.additional_properties = d
        return tag_company_request

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
    global _lazy_loaded, TagCompanyRequestCompaniesItem
    from ..models.tag_company_request_companies_item import TagCompanyRequestCompaniesItem

    _lazy_loaded = True
