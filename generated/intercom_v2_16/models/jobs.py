from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_status import JobsStatus
from ..models.jobs_type import JobsType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Jobs")


@_attrs_define
class Jobs:
    """Jobs are tasks that are processed asynchronously by the Intercom system after being enqueued via the API. This
    allows for efficient handling of operations that may take time to complete, such as data imports or exports. You can
    check the status of your jobs to monitor their progress and ensure they are completed successfully.

        Attributes:
            type_ (JobsType | None): The type of the object
            id (None | str): The id of the job that's currently being processed or has completed. Example: 20.
            url (None | str): API endpoint URL to check the job status. Example: https://api.intercom.io/jobs/status/20.
            status (JobsStatus | None): The status of the job execution.
            resource_type (None | str): The type of resource created during job execution. Example: ticket.
            resource_id (None | str): The id of the resource created during job execution (e.g. ticket id) Example: 123.
            resource_url (None | str): The url of the resource created during job exeuction. Use this url to fetch the
                resource. Example: http://api.intercom.io/tickets/123.
    """

    type_: JobsType | None = None
    id: None | str = None
    url: None | str = None
    status: JobsStatus | None = None
    resource_type: None | str = None
    resource_id: None | str = None
    resource_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, JobsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobsStatus):
            status = self.status.value
        else:
            status = self.status

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if resource_type is not UNSET and (resource_type is not None or "resource_type" in self._received):
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET and (resource_id is not None or "resource_id" in self._received):
            field_dict["resource_id"] = resource_id
        if resource_url is not UNSET and (resource_url is not None or "resource_url" in self._received):
            field_dict["resource_url"] = resource_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Jobs:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = JobsType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.url = src_dict.get("url")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = JobsStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.resource_type = src_dict.get("resource_type")

        self.resource_id = src_dict.get("resource_id")

        self.resource_url = src_dict.get("resource_url")

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
        "type",
        "id",
        "url",
        "status",
        "resource_type",
        "resource_id",
        "resource_url",
    }
)
