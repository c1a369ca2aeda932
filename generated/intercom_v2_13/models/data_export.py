from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_status import DataExportStatus
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DataExport")


@_attrs_define
class DataExport:
    """The data export API is used to export message delivery and engagement statistics for outbound content (Emails,
    Posts, Custom Bots, Surveys, Tours, Series, and more) sent in a given timeframe. The exported data includes who
    received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
    dismissals, unsubscribes, and bounces).

        Attributes:
            status (DataExportStatus | None): The current state of your job. Example: pending.
            download_expires_at (None | str): The time after which you will not be able to access the data. Example:
                1674917488.
            download_url (None | str): The location where you can download your data. Example:
                https://api.intercom.test/download/messages/data/example.
            job_identifier (None | str): The identifier for your job. Example: orzzsbd7hk67xyu.
    """

    status: DataExportStatus | None = None
    download_expires_at: None | str = None
    download_url: None | str = None
    job_identifier: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DataExportStatus):
            status = self.status.value
        else:
            status = self.status

        download_expires_at: None | str | Unset
        if isinstance(self.download_expires_at, Unset):
            download_expires_at = UNSET
        else:
            download_expires_at = self.download_expires_at

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        job_identifier: None | str | Unset
        if isinstance(self.job_identifier, Unset):
            job_identifier = UNSET
        else:
            job_identifier = self.job_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if download_expires_at is not UNSET and (
            download_expires_at is not None or "download_expires_at" in self._received
        ):
            field_dict["download_expires_at"] = download_expires_at
        if download_url is not UNSET and (download_url is not None or "download_url" in self._received):
            field_dict["download_url"] = download_url
        if job_identifier is not UNSET and (job_identifier is not None or "job_identifier" in self._received):
            field_dict["job_identifier"] = job_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataExport:
            cls.__init__(self)
        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = DataExportStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.download_expires_at = src_dict.get("download_expires_at")

        self.download_url = src_dict.get("download_url")

        self.job_identifier = src_dict.get("job_identifier")

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
        "status",
        "download_expires_at",
        "download_url",
        "job_identifier",
    }
)
