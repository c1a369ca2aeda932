from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_product_additional_data_type_0 import EcommerceCatalogProductAdditionalDataType0
    from ..models.ecommerce_catalog_product_available_options_item import EcommerceCatalogProductAvailableOptionsItem
    from ..models.ecommerce_catalog_product_collections_item_type_1 import EcommerceCatalogProductCollectionsItemType1
    from ..models.ecommerce_catalog_variant import EcommerceCatalogVariant


T = TypeVar("T", bound="EcommerceCatalogProduct")


@_attrs_define
class EcommerceCatalogProduct:
    """A product object in an ecommerce catalog upload. The catalog file must be a JSON
    array of these objects. The `id`, `title`, and `url` fields are required; all
    others are optional.

        Attributes:
            id (str): Your unique product identifier. Used to match products on re-upload so only changed products are re-
                indexed. Also the delete key — any product ID absent from a new upload is removed from Fin's knowledge. Must be
                stable across uploads. Example: prod-12345.
            title (str): Product name. Used by Fin when searching for and recommending products. Example: Classic Cotton
                T-Shirt.
            url (str): Canonical product page URL shown in Fin's product recommendations. Must be a valid https:// URL.
                Example: https://example.com/products/classic-cotton-t-shirt.
            description (None | str | Unset): Product description that Fin reads to understand what the product is. HTML
                formatting is supported and safely sanitized (`description_html` takes precedence if both are provided). This is
                the primary field Fin uses to match products to shopper questions — a richer description leads to better
                recommendations. Example: A comfortable everyday t-shirt made from 100% organic cotton..
            description_html (None | str | Unset): HTML product description. Takes precedence over `description` when both
                are provided. HTML is safely sanitized before indexing. Example: <p>A comfortable everyday t-shirt made from
                <strong>100% organic cotton</strong>.</p>.
            featured_image_url (None | str | Unset): Primary product image shown in Fin's recommendation cards. Falls back
                to the first entry of `image_urls` if not provided. If no valid image can be resolved for a variant, that
                variant's recommendation card is not shown to the shopper. Example: https://cdn.example.com/images/t-shirt-
                main.jpg.
            image_urls (list[str] | Unset): Additional product images. Used as a fallback image source when
                `featured_image_url` is absent or when a variant has no specific image. Example:
                ['https://cdn.example.com/images/t-shirt-back.jpg', 'https://cdn.example.com/images/t-shirt-detail.jpg'].
            price_min (float | None | Unset): Lowest price across all variants. If omitted, derived automatically from
                variant prices. Fin uses this to filter products when a shopper mentions a budget (e.g. "under $100"). Displayed
                as a range alongside `price_max`, or as a single value if both are equal. Example: 19.99.
            price_max (float | None | Unset): Highest price across all variants. If omitted, derived from variant prices.
                Used alongside `price_min` for budget filtering and price display. Example: 39.99.
            currency (None | str | Unset): ISO 4217 currency code for all prices on this product (e.g. "USD", "EUR", "GBP").
                Defaults to USD if omitted. Used to format prices with the correct symbol in Fin's responses and product cards.
                Example: USD.
            in_stock (bool | None | Unset): Whether the product is available to purchase. If omitted, derived from variant
                stock — the
                product is in stock if at least one variant has `in_stock: true`. Products with no in-stock
                variants are hidden from Fin entirely and will not be recommended to shoppers.
                 Example: True.
            tags (list[str] | Unset): Free-form keywords matching how shoppers phrase needs in chat (e.g. "waterproof",
                "gift", "plus-size"). Used by Fin to match fuzzy queries; complements `category_path` and `collections`.
                Example: ['organic', 'bestseller'].
            collections (list[EcommerceCatalogProductCollectionsItemType1 | str] | Unset): Collections or groupings this
                product belongs to in your store. Fin uses collections to understand your catalog's structure and answer
                questions like "what's in the sale collection?". Each element may be a plain string or an object with a `title`
                field.
            category_path (list[str] | None | str | Unset): Hierarchical category breadcrumb for the product. Fin
                understands the hierarchy — a
                shopper asking about "Clothing" will see products from all subcategories underneath it.
                The most specific category is shown in search results. Strongly recommended. Provide as
                a pre-formatted string (e.g. `"Clothing > T-Shirts"`) or as an array of path segments
                (e.g. `["Clothing", "T-Shirts"]`). Array segments are joined with ` > `.
            available_options (list[EcommerceCatalogProductAvailableOptionsItem] | Unset): Option types available for this
                product and their possible values
                (e.g. `{"name": "Size", "values": ["S", "M", "L"]}`). Fin uses these to understand what
                choices a shopper can make and to correctly filter variants when a shopper asks for a
                specific size, colour, or other attribute.
            variants (list[EcommerceCatalogVariant] | Unset): Individual purchasable variants of the product. Fin recommends
                specific variants (not just products), so populating variants with accurate stock, price, and option data leads
                to more precise recommendations. See `ecommerce_catalog_variant` for the variant object schema.
            additional_data (EcommerceCatalogProductAdditionalDataType0 | None | Unset): Custom attributes for your
                business. Fin uses these to show each customer only the products relevant to them (e.g. regional availability or
                warehouse codes). All keys must be consistent across all products in your catalog — the attribute schema is read
                from the first product in the file. Example: {'sku': 'TSHIRT-BLU-L', 'vendor': 'Acme Apparel'}.
    """

    id: str
    title: str
    url: str
    description: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    featured_image_url: None | str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    price_min: float | None | Unset = UNSET
    price_max: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    in_stock: bool | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    collections: list[EcommerceCatalogProductCollectionsItemType1 | str] | Unset = UNSET
    category_path: list[str] | None | str | Unset = UNSET
    available_options: list[EcommerceCatalogProductAvailableOptionsItem] | Unset = UNSET
    variants: list[EcommerceCatalogVariant] | Unset = UNSET
    additional_data: EcommerceCatalogProductAdditionalDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        title = self.title

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        featured_image_url: None | str | Unset
        if isinstance(self.featured_image_url, Unset):
            featured_image_url = UNSET
        else:
            featured_image_url = self.featured_image_url

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        price_min: float | None | Unset
        if isinstance(self.price_min, Unset):
            price_min = UNSET
        else:
            price_min = self.price_min

        price_max: float | None | Unset
        if isinstance(self.price_max, Unset):
            price_max = UNSET
        else:
            price_max = self.price_max

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        in_stock: bool | None | Unset
        if isinstance(self.in_stock, Unset):
            in_stock = UNSET
        else:
            in_stock = self.in_stock

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collections: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item: dict[str, Any] | str
                if isinstance(collections_item_data, EcommerceCatalogProductCollectionsItemType1):
                    collections_item = collections_item_data.to_dict()
                else:
                    collections_item = collections_item_data
                collections.append(collections_item)

        category_path: list[str] | None | str | Unset
        if isinstance(self.category_path, Unset):
            category_path = UNSET
        elif isinstance(self.category_path, list):
            category_path = self.category_path

        else:
            category_path = self.category_path

        available_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_options, Unset):
            available_options = []
            for available_options_item_data in self.available_options:
                available_options_item = available_options_item_data.to_dict()
                available_options.append(available_options_item)

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, EcommerceCatalogProductAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if featured_image_url is not UNSET:
            field_dict["featured_image_url"] = featured_image_url
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if currency is not UNSET:
            field_dict["currency"] = currency
        if in_stock is not UNSET:
            field_dict["in_stock"] = in_stock
        if tags is not UNSET:
            field_dict["tags"] = tags
        if collections is not UNSET:
            field_dict["collections"] = collections
        if category_path is not UNSET:
            field_dict["category_path"] = category_path
        if available_options is not UNSET:
            field_dict["available_options"] = available_options
        if variants is not UNSET:
            field_dict["variants"] = variants
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        url = d.pop("url")

        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        featured_image_url = d.pop("featured_image_url", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        currency = d.pop("currency", UNSET)

        in_stock = d.pop("in_stock", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _collections = d.pop("collections", UNSET)
        collections: list[EcommerceCatalogProductCollectionsItemType1 | str] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = collections_item_data
                if isinstance(collections_item, dict):
                    try:
                        collections_item_type_1 = EcommerceCatalogProductCollectionsItemType1.from_dict(
                            collections_item
                        )

                        collections_item = collections_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                collections.append(collections_item)

        category_path = d.pop("category_path", UNSET)

        _available_options = d.pop("available_options", UNSET)
        available_options: list[EcommerceCatalogProductAvailableOptionsItem] | Unset = UNSET
        if _available_options is not UNSET:
            available_options = []
            for available_options_item_data in _available_options:
                available_options_item = EcommerceCatalogProductAvailableOptionsItem.from_dict(
                    available_options_item_data
                )

                available_options.append(available_options_item)

        _variants = d.pop("variants", UNSET)
        variants: list[EcommerceCatalogVariant] | Unset = UNSET
        if _variants is not UNSET:
            variants = []
            for variants_item_data in _variants:
                variants_item = EcommerceCatalogVariant.from_dict(variants_item_data)

                variants.append(variants_item)

        additional_data = d.pop("additional_data", UNSET)
        if isinstance(additional_data, dict):
            try:
                additional_data_type_0 = EcommerceCatalogProductAdditionalDataType0.from_dict(additional_data)

                additional_data = additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        ecommerce_catalog_product = cls(
            id=id,
            title=title,
            url=url,
            description=description,
            description_html=description_html,
            featured_image_url=featured_image_url,
            image_urls=image_urls,
            price_min=price_min,
            price_max=price_max,
            currency=currency,
            in_stock=in_stock,
            tags=tags,
            collections=collections,
            category_path=category_path,
            available_options=available_options,
            variants=variants,
            additional_data=additional_data,
        )

        ecommerce_catalog_product.additional_properties = d
        return ecommerce_catalog_product

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
        EcommerceCatalogProductAdditionalDataType0, \
        EcommerceCatalogProductAvailableOptionsItem, \
        EcommerceCatalogProductCollectionsItemType1, \
        EcommerceCatalogVariant
    from ..models.ecommerce_catalog_product_additional_data_type_0 import EcommerceCatalogProductAdditionalDataType0
    from ..models.ecommerce_catalog_product_available_options_item import EcommerceCatalogProductAvailableOptionsItem
    from ..models.ecommerce_catalog_product_collections_item_type_1 import EcommerceCatalogProductCollectionsItemType1
    from ..models.ecommerce_catalog_variant import EcommerceCatalogVariant

    _lazy_loaded = True
