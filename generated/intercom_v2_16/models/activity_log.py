from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_log_activity_type import ActivityLogActivityType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.activity_log_metadata import ActivityLogMetadata
    from ..models.activity_log_performed_by_type_0 import ActivityLogPerformedByType0


T = TypeVar("T", bound="ActivityLog")


@_attrs_define
class ActivityLog:
    """Activities performed by Admins.

    Attributes:
        id (None | str): The id representing the activity. Example: 6.
        performed_by (ActivityLogPerformedByType0 | None): Details about the Admin involved in the activity.
        metadata (ActivityLogMetadata | None):
        created_at (int | None): The time the activity was created. Example: 1671028894.
        activity_type (ActivityLogActivityType | None):  Example: app_name_change.
        activity_description (None | str): A sentence or two describing the activity. Example: Admin updated the app's
            name to "My App"..
    """

    id: None | str = None
    performed_by: ActivityLogPerformedByType0 | None = None
    metadata: ActivityLogMetadata | None = None
    created_at: int | None = None
    activity_type: ActivityLogActivityType | None = None
    activity_description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        performed_by: dict[str, Any] | None | Unset
        if isinstance(self.performed_by, Unset):
            performed_by = UNSET
        elif isinstance(self.performed_by, ActivityLogPerformedByType0):
            performed_by = self.performed_by.to_dict()
        else:
            performed_by = self.performed_by

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ActivityLogMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        activity_type: None | str | Unset
        if isinstance(self.activity_type, Unset):
            activity_type = UNSET
        elif isinstance(self.activity_type, ActivityLogActivityType):
            activity_type = self.activity_type.value
        else:
            activity_type = self.activity_type

        activity_description: None | str | Unset
        if isinstance(self.activity_description, Unset):
            activity_description = UNSET
        else:
            activity_description = self.activity_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if performed_by is not UNSET and (performed_by is not None or "performed_by" in self._received):
            field_dict["performed_by"] = performed_by
        if metadata is not UNSET and (metadata is not None or "metadata" in self._received):
            field_dict["metadata"] = metadata
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if activity_type is not UNSET and (activity_type is not None or "activity_type" in self._received):
            field_dict["activity_type"] = activity_type
        if activity_description is not UNSET and (
            activity_description is not None or "activity_description" in self._received
        ):
            field_dict["activity_description"] = activity_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ActivityLog:
            cls.__init__(self)
        self.id = src_dict.get("id")

        performed_by = src_dict.get("performed_by")
        if isinstance(performed_by, dict):
            try:
                performed_by_type_0 = ActivityLogPerformedByType0.from_dict(performed_by)

                performed_by = performed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.performed_by = performed_by

        metadata = src_dict.get("metadata")
        if isinstance(metadata, dict):
            try:
                metadata_type_0 = ActivityLogMetadata.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.metadata = metadata

        self.created_at = src_dict.get("created_at")

        activity_type = src_dict.get("activity_type")
        if isinstance(activity_type, str):
            try:
                activity_type_type_1 = ActivityLogActivityType(activity_type)

                activity_type = activity_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.activity_type = activity_type

        self.activity_description = src_dict.get("activity_description")

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
        "id",
        "performed_by",
        "metadata",
        "created_at",
        "activity_type",
        "activity_description",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ActivityLogMetadata, ActivityLogPerformedByType0
    from ..models.activity_log_metadata import ActivityLogMetadata
    from ..models.activity_log_performed_by_type_0 import ActivityLogPerformedByType0

    _lazy_loaded = True
