from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_content_import_source_request_status import UpdateContentImportSourceRequestStatus
from ..models.update_content_import_source_request_sync_behavior import UpdateContentImportSourceRequestSyncBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContentImportSourceRequest")


@_attrs_define
class UpdateContentImportSourceRequest:
    """You can modify a Content Import Source of your Fin Content Library.

    Attributes:
        sync_behavior (UpdateContentImportSourceRequestSyncBehavior): If you intend to create or update External Pages
            via the API, this should be set to `api`. You can not change the value to or from api. Example: api.
        url (str): The URL of the content import source. This may only be different from the existing value if the sync
            behavior is API. Example: https://help.example.com.
        status (UpdateContentImportSourceRequestStatus | Unset): The status of the content import source. Default:
            UpdateContentImportSourceRequestStatus.ACTIVE. Example: active.
        audience_ids (int | list[int] | None | Unset): The unique identifiers for the audiences to associate with this
            content import source. Can be a single integer or an array of integers. Set to null or an empty array to remove
            all audiences. Example: [5678].
        apply_audience_to_existing_content (bool | Unset): When true, the audience will be applied to all existing
            external pages belonging to this content import source. Default: False. Example: False.
    """

    sync_behavior: UpdateContentImportSourceRequestSyncBehavior
    url: str
    status: UpdateContentImportSourceRequestStatus | Unset = UpdateContentImportSourceRequestStatus.ACTIVE
    audience_ids: int | list[int] | None | Unset = UNSET
    apply_audience_to_existing_content: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_behavior = self.sync_behavior.value

        url = self.url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        audience_ids: int | list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        apply_audience_to_existing_content = self.apply_audience_to_existing_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_behavior": sync_behavior,
                "url": url,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if audience_ids is not UNSET:
            field_dict["audience_ids"] = audience_ids
        if apply_audience_to_existing_content is not UNSET:
            field_dict["apply_audience_to_existing_content"] = apply_audience_to_existing_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sync_behavior = UpdateContentImportSourceRequestSyncBehavior(d.pop("sync_behavior"))

        url = d.pop("url")

        _status = d.pop("status", UNSET)
        status: UpdateContentImportSourceRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateContentImportSourceRequestStatus(_status)

        audience_ids = d.pop("audience_ids", UNSET)

        apply_audience_to_existing_content = d.pop("apply_audience_to_existing_content", UNSET)

        update_content_import_source_request = cls(
            sync_behavior=sync_behavior,
            url=url,
            status=status,
            audience_ids=audience_ids,
            apply_audience_to_existing_content=apply_audience_to_existing_content,
        )

        update_content_import_source_request.additional_properties = d
        return update_content_import_source_request

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
