from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EcommerceCatalogProductAdditionalDataType0")


@_attrs_define
class EcommerceCatalogProductAdditionalDataType0:
    """Custom attributes for your business. Fin uses these to show each customer only the products relevant to them (e.g.
    regional availability or warehouse codes). All keys must be consistent across all products in your catalog — the
    attribute schema is read from the first product in the file.

        Example:
            {'sku': 'TSHIRT-BLU-L', 'vendor': 'Acme Apparel'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ecommerce_catalog_product_additional_data_type_0 = cls()

        ecommerce_catalog_product_additional_data_type_0.additional_properties = d
        return ecommerce_catalog_product_additional_data_type_0

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
