from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecommerce_catalog_upload_response_status import EcommerceCatalogUploadResponseStatus
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="EcommerceCatalogUploadResponse")


@_attrs_define
class EcommerceCatalogUploadResponse:
    """Returned when a catalog upload is accepted and sync has started.

    Attributes:
        import_job_id (None | str): The unique identifier for the import job. Example: job_01abc123.
        status (EcommerceCatalogUploadResponseStatus | None): The current status of the catalog sync. Example:
            processing.
        message (None | str): A human-readable description of the sync status. Example: Catalog received. Sync has
            started..
    """

    import_job_id: None | str = None
    status: EcommerceCatalogUploadResponseStatus | None = None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        import_job_id: None | str | Unset
        if isinstance(self.import_job_id, Unset):
            import_job_id = UNSET
        else:
            import_job_id = self.import_job_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EcommerceCatalogUploadResponseStatus):
            status = self.status.value
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_job_id is not UNSET and (import_job_id is not None or "import_job_id" in self._received):
            field_dict["import_job_id"] = import_job_id
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if message is not UNSET and (message is not None or "message" in self._received):
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not EcommerceCatalogUploadResponse:
            cls.__init__(self)
        self.import_job_id = src_dict.get("import_job_id")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = EcommerceCatalogUploadResponseStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.message = src_dict.get("message")

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "import_job_id",
        "status",
        "message",
    }
)
