from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="EnqueueReportingDataExportResponse200")


@_attrs_define
class EnqueueReportingDataExportResponse200:
    """
    Attributes:
        job_identifier (None | str):  Example: job1.
        status (None | str):  Example: pending.
        download_url (None | str):
        download_expires_at (None | str):
    """

    job_identifier: None | str = None
    status: None | str = None
    download_url: None | str = None
    download_expires_at: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        job_identifier: None | str | Unset
        if isinstance(self.job_identifier, Unset):
            job_identifier = UNSET
        else:
            job_identifier = self.job_identifier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        download_expires_at: None | str | Unset
        if isinstance(self.download_expires_at, Unset):
            download_expires_at = UNSET
        else:
            download_expires_at = self.download_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_identifier is not UNSET and (job_identifier is not None or "job_identifier" in self._received):
            field_dict["job_identifier"] = job_identifier
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if download_url is not UNSET and (download_url is not None or "download_url" in self._received):
            field_dict["download_url"] = download_url
        if download_expires_at is not UNSET and (
            download_expires_at is not None or "download_expires_at" in self._received
        ):
            field_dict["download_expires_at"] = download_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not EnqueueReportingDataExportResponse200:
            cls.__init__(self)
        self.job_identifier = src_dict.get("job_identifier")

        self.status = src_dict.get("status")

        self.download_url = src_dict.get("download_url")

        self.download_expires_at = src_dict.get("download_expires_at")

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
        "job_identifier",
        "status",
        "download_url",
        "download_expires_at",
    }
)
