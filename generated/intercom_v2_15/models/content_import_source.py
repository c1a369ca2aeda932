from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_import_source_status import ContentImportSourceStatus
from ..models.content_import_source_sync_behavior import ContentImportSourceSyncBehavior
from ..models.content_import_source_type import ContentImportSourceType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContentImportSource")


@_attrs_define
class ContentImportSource:
    """An external source for External Pages that you add to your Fin Content Library.

    Attributes:
        type_ (ContentImportSourceType | None): Always external_page Default:
            ContentImportSourceType.CONTENT_IMPORT_SOURCE. Example: content_import_source.
        id (int | None): The unique identifier for the content import source which is given by Intercom. Example: 1234.
        last_synced_at (int | None): The time when the content import source was last synced. Example: 1672928610.
        sync_behavior (ContentImportSourceSyncBehavior | None): If you intend to create or update External Pages via the
            API, this should be set to `api`. Example: api.
        status (ContentImportSourceStatus | None): The status of the content import source. Default:
            ContentImportSourceStatus.ACTIVE. Example: active.
        url (None | str): The URL of the root of the external source. Example: https://help.example.com/.
        created_at (int | None): The time when the content import source was created. Example: 1672928359.
        updated_at (int | None): The time when the content import source was last updated. Example: 1672928610.
        audience_ids (list[int] | None): The unique identifiers for the audiences associated with this content import
            source. Example: [5678].
    """

    type_: ContentImportSourceType | None = None
    id: int | None = None
    last_synced_at: int | None = None
    sync_behavior: ContentImportSourceSyncBehavior | None = None
    status: ContentImportSourceStatus | None = None
    url: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    audience_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentImportSourceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_synced_at: int | None | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        else:
            last_synced_at = self.last_synced_at

        sync_behavior: None | str | Unset
        if isinstance(self.sync_behavior, Unset):
            sync_behavior = UNSET
        elif isinstance(self.sync_behavior, ContentImportSourceSyncBehavior):
            sync_behavior = self.sync_behavior.value
        else:
            sync_behavior = self.sync_behavior

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ContentImportSourceStatus):
            status = self.status.value
        else:
            status = self.status

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        audience_ids: list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if last_synced_at is not UNSET and (last_synced_at is not None or "last_synced_at" in self._received):
            field_dict["last_synced_at"] = last_synced_at
        if sync_behavior is not UNSET and (sync_behavior is not None or "sync_behavior" in self._received):
            field_dict["sync_behavior"] = sync_behavior
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if audience_ids is not UNSET and (audience_ids is not None or "audience_ids" in self._received):
            field_dict["audience_ids"] = audience_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContentImportSource:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContentImportSourceType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.last_synced_at = src_dict.get("last_synced_at")

        sync_behavior = src_dict.get("sync_behavior")
        if isinstance(sync_behavior, str):
            try:
                sync_behavior_type_1 = ContentImportSourceSyncBehavior(sync_behavior)

                sync_behavior = sync_behavior_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sync_behavior = sync_behavior

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = ContentImportSourceStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

        self.url = src_dict.get("url")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.audience_ids = src_dict.get("audience_ids")

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
        "last_synced_at",
        "sync_behavior",
        "status",
        "url",
        "created_at",
        "updated_at",
        "audience_ids",
    }
)
