from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_or_update_company_request_custom_attributes import CreateOrUpdateCompanyRequestCustomAttributes


T = TypeVar("T", bound="CreateOrUpdateCompanyRequest")


@_attrs_define
class CreateOrUpdateCompanyRequest:
    """You can create or update a Company

    Attributes:
        name (str | Unset): The name of the Company Example: Intercom.
        company_id (str | Unset): The company id you have defined for the company. Can't be updated Example:
            625e90fc55ab113b6d92175f.
        plan (str | Unset): The name of the plan you have associated with the company. Example: Enterprise.
        size (int | Unset): The number of employees in this company. Example: 100.
        website (str | Unset): The URL for this company's website. Please note that the value specified here is not
            validated. Accepts any string. Example: https://www.example.com.
        industry (str | Unset): The industry that this company operates in. Example: Manufacturing.
        custom_attributes (CreateOrUpdateCompanyRequestCustomAttributes | Unset): A hash of key/value pairs containing
            any other data about the company you want Intercom to store. Example: {'paid_subscriber': True, 'monthly_spend':
            155.5, 'team_mates': 9}.
        remote_created_at (int | Unset): The time the company was created by you. Example: 1394531169.
        update_last_request_at (bool | Unset): Set to true to update the company's last seen time to now. Example: True.
        monthly_spend (int | Unset): How much revenue the company generates for your business. Note that this will
            truncate floats. i.e. it only allow for whole integers, 155.98 will be truncated to 155. Note that this has an
            upper limit of 2**31-1 or 2147483647.. Example: 1000.
    """

    name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    plan: str | Unset = UNSET
    size: int | Unset = UNSET
    website: str | Unset = UNSET
    industry: str | Unset = UNSET
    custom_attributes: CreateOrUpdateCompanyRequestCustomAttributes | Unset = UNSET
    remote_created_at: int | Unset = UNSET
    update_last_request_at: bool | Unset = UNSET
    monthly_spend: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        company_id = self.company_id

        plan = self.plan

        size = self.size

        website = self.website

        industry = self.industry

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        remote_created_at = self.remote_created_at

        update_last_request_at = self.update_last_request_at

        monthly_spend = self.monthly_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if size is not UNSET:
            field_dict["size"] = size
        if website is not UNSET:
            field_dict["website"] = website
        if industry is not UNSET:
            field_dict["industry"] = industry
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if update_last_request_at is not UNSET:
            field_dict["update_last_request_at"] = update_last_request_at
        if monthly_spend is not UNSET:
            field_dict["monthly_spend"] = monthly_spend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        plan = d.pop("plan", UNSET)

        size = d.pop("size", UNSET)

        website = d.pop("website", UNSET)

        industry = d.pop("industry", UNSET)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: CreateOrUpdateCompanyRequestCustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CreateOrUpdateCompanyRequestCustomAttributes.from_dict(_custom_attributes)

        remote_created_at = d.pop("remote_created_at", UNSET)

        update_last_request_at = d.pop("update_last_request_at", UNSET)

        monthly_spend = d.pop("monthly_spend", UNSET)

        create_or_update_company_request = cls(
            name=name,
            company_id=company_id,
            plan=plan,
            size=size,
            website=website,
            industry=industry,
            custom_attributes=custom_attributes,
            remote_created_at=remote_created_at,
            update_last_request_at=update_last_request_at,
            monthly_spend=monthly_spend,
        )

        create_or_update_company_request.additional_properties = d
        return create_or_update_company_request

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
    global _lazy_loaded, CreateOrUpdateCompanyRequestCustomAttributes
    from ..models.create_or_update_company_request_custom_attributes import CreateOrUpdateCompanyRequestCustomAttributes

    _lazy_loaded = True
