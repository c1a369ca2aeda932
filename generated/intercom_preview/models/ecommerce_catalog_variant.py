from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_variant_selected_options_item import EcommerceCatalogVariantSelectedOptionsItem


T = TypeVar("T", bound="EcommerceCatalogVariant")


@_attrs_define
class EcommerceCatalogVariant:
    """A product variant in an ecommerce catalog upload.

    Attributes:
        id (str | Unset): Unique identifier for this variant within the product. Example: var-001.
        title (str | Unset): Variant display name shown to shoppers (e.g. "Small / Blue"). Example: Blue / Large.
        price (float | None | Unset): Price of this specific variant. Fin uses variant prices for precise budget
            filtering and displays the variant price in recommendation cards. Example: 29.99.
        compare_at_price (float | None | Unset): Original price before a discount. When provided, Fin will naturally
            mention the saving to the shopper (e.g. "down from $129 to $99"). Example: 39.99.
        in_stock (bool | Unset): Whether this variant is currently available. Out-of-stock variants are not shown in
            Fin's recommendation cards and Fin will not suggest them to shoppers. Example: True.
        url (None | str | Unset): Direct link to this variant's page. Takes precedence over the product URL in
            recommendation cards. If omitted, constructed automatically as `{product_url}?variant={id}`. Example:
            https://example.com/products/t-shirt?variant=var-001.
        image_url (None | str | Unset): Image specific to this variant. Takes precedence over the product's
            `featured_image_url`. Falls back to `featured_image_url`, then `image_urls`. If no valid image can be resolved,
            this variant's recommendation card will not be shown. Example: https://cdn.example.com/images/t-shirt-blue.jpg.
        selected_options (list[EcommerceCatalogVariantSelectedOptionsItem] | Unset): The specific option values that
            define this variant (e.g. Size=Small, Color=Blue). Fin uses these to match shopper requests like "do you have
            this in medium?" to the correct variant.
        sku (None | str | Unset): Stock-keeping unit for this specific variant. Fin uses this to resolve shopper
            requests like "do you have this in size M?" to the exact variant, and can quote it back when a shopper asks for
            it directly. Example: TSHIRT-BLU-L.
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    price: float | None | Unset = UNSET
    compare_at_price: float | None | Unset = UNSET
    in_stock: bool | Unset = UNSET
    url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    selected_options: list[EcommerceCatalogVariantSelectedOptionsItem] | Unset = UNSET
    sku: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        title = self.title

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        compare_at_price: float | None | Unset
        if isinstance(self.compare_at_price, Unset):
            compare_at_price = UNSET
        else:
            compare_at_price = self.compare_at_price

        in_stock = self.in_stock

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        selected_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_options, Unset):
            selected_options = []
            for selected_options_item_data in self.selected_options:
                selected_options_item = selected_options_item_data.to_dict()
                selected_options.append(selected_options_item)

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if price is not UNSET:
            field_dict["price"] = price
        if compare_at_price is not UNSET:
            field_dict["compare_at_price"] = compare_at_price
        if in_stock is not UNSET:
            field_dict["in_stock"] = in_stock
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if selected_options is not UNSET:
            field_dict["selected_options"] = selected_options
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        price = d.pop("price", UNSET)

        compare_at_price = d.pop("compare_at_price", UNSET)

        in_stock = d.pop("in_stock", UNSET)

        url = d.pop("url", UNSET)

        image_url = d.pop("image_url", UNSET)

        _selected_options = d.pop("selected_options", UNSET)
        selected_options: list[EcommerceCatalogVariantSelectedOptionsItem] | Unset = UNSET
        if _selected_options is not UNSET:
            selected_options = []
            for selected_options_item_data in _selected_options:
                selected_options_item = EcommerceCatalogVariantSelectedOptionsItem.from_dict(selected_options_item_data)

                selected_options.append(selected_options_item)

        sku = d.pop("sku", UNSET)

        ecommerce_catalog_variant = cls(
            id=id,
            title=title,
            price=price,
            compare_at_price=compare_at_price,
            in_stock=in_stock,
            url=url,
            image_url=image_url,
            selected_options=selected_options,
            sku=sku,
        )

        ecommerce_catalog_variant.additional_properties = d
        return ecommerce_catalog_variant

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
    global _lazy_loaded, EcommerceCatalogVariantSelectedOptionsItem
    from ..models.ecommerce_catalog_variant_selected_options_item import EcommerceCatalogVariantSelectedOptionsItem

    _lazy_loaded = True
