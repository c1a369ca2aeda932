from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_ecommerce_catalog_body_finalize import UploadEcommerceCatalogBodyFinalize
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UploadEcommerceCatalogBody")


@_attrs_define
class UploadEcommerceCatalogBody:
    """
    Attributes:
        catalog (File | Unset): The catalog JSON file. Required for all requests except finalization
            (`finalize=true`). Must be a valid JSON array of product objects. Max 99 MB.

            Each element in the array must conform to the
            [`ecommerce_catalog_product`](/docs/references/preview/rest-
            api/api.intercom.io/models/ecommerce_catalog_product) schema.
            The `id`, `title`, and `url` fields are required on every product;
            all other fields are optional. Variants, if provided, must conform to the
            [`ecommerce_catalog_variant`](/docs/references/preview/rest-
            api/api.intercom.io/models/ecommerce_catalog_variant) schema.
        finalize (UploadEcommerceCatalogBodyFinalize | Unset): Set to `true` to finalize a multipart upload session and
            start the catalog sync.
            No catalog file is required when finalizing. Set to `false` to upload a part in
            a multipart session. Omit entirely for a single-file upload.
             Example: false.
        import_job_id (str | Unset): The import job ID returned from the first multipart upload request. Required
            when uploading subsequent parts (`part_number` ≥ 2) and when finalizing
            a multipart session (`finalize=true`).
             Example: job_01abc123.
        part_number (int | Unset): The sequential part number for a multipart upload. Must be a positive integer.
            The server returns `next_part_number` in each response to guide the next request.
            Retrying the same `part_number` is safe and idempotent.
             Example: 2.
    """

    catalog: File | Unset = UNSET
    finalize: UploadEcommerceCatalogBodyFinalize | Unset = UNSET
    import_job_id: str | Unset = UNSET
    part_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: FileTypes | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_tuple()

        finalize: str | Unset = UNSET
        if not isinstance(self.finalize, Unset):
            finalize = self.finalize.value

        import_job_id = self.import_job_id

        part_number = self.part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if finalize is not UNSET:
            field_dict["finalize"] = finalize
        if import_job_id is not UNSET:
            field_dict["import_job_id"] = import_job_id
        if part_number is not UNSET:
            field_dict["part_number"] = part_number

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.catalog, Unset):
            files.append(("catalog", self.catalog.to_tuple()))

        if not isinstance(self.finalize, Unset):
            files.append(("finalize", (None, str(self.finalize.value).encode(), "text/plain")))

        if not isinstance(self.import_job_id, Unset):
            files.append(("import_job_id", (None, str(self.import_job_id).encode(), "text/plain")))

        if not isinstance(self.part_number, Unset):
            files.append(("part_number", (None, str(self.part_number).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _catalog = d.pop("catalog", UNSET)
        catalog: File | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = File(payload=BytesIO(_catalog))

        _finalize = d.pop("finalize", UNSET)
        finalize: UploadEcommerceCatalogBodyFinalize | Unset
        if isinstance(_finalize, Unset):
            finalize = UNSET
        else:
            finalize = UploadEcommerceCatalogBodyFinalize(_finalize)

        import_job_id = d.pop("import_job_id", UNSET)

        part_number = d.pop("part_number", UNSET)

        upload_ecommerce_catalog_body = cls(
            catalog=catalog,
            finalize=finalize,
            import_job_id=import_job_id,
            part_number=part_number,
        )

        upload_ecommerce_catalog_body.additional_properties = d
        return upload_ecommerce_catalog_body

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
