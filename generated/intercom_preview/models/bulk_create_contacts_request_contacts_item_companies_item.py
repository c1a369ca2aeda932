from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCreateContactsRequestContactsItemCompaniesItem")


@_attrs_define
class BulkCreateContactsRequestContactsItemCompaniesItem:
    """
    Attributes:
        company_id (str): The company ID you have defined for the company. Example: 6.
        name (str | Unset): The name of the company. Example: Blue Sun.
    """

    company_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        name = d.pop("name", UNSET)

        bulk_create_contacts_request_contacts_item_companies_item = cls(
            company_id=company_id,
            name=name,
        )

        bulk_create_contacts_request_contacts_item_companies_item.additional_properties = d
        return bulk_create_contacts_request_contacts_item_companies_item

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
