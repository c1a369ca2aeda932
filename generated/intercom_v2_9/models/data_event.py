from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_event_type import DataEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_event_metadata import DataEventMetadata


T = TypeVar("T", bound="DataEvent")


@_attrs_define
class DataEvent:
    """Data events are used to notify Intercom of changes to your data.

    Attributes:
        event_name (str): The name of the event that occurred. This is presented to your App's admins when filtering and
            creating segments - a good event name is typically a past tense 'verb-noun' combination, to improve readability,
            for example `updated-plan`. Example: invited-friend.
        created_at (int): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        type_ (DataEventType | Unset): The type of the object Example: event.
        user_id (str | Unset): Your identifier for the user. Example: 314159.
        id (str | Unset): Your identifier for a lead or a user. Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        intercom_user_id (str | Unset): The Intercom identifier for the user. Example: 63a0979a5eeebeaf28dd56ba.
        email (str | Unset): An email address for your user. An email should only be used where your application uses
            email to uniquely identify users. Example: frodo.baggins@example.com.
        metadata (DataEventMetadata | Unset): Optional metadata about the event. Example: {'invite_code': 'ADDAFRIEND'}.
    """

    event_name: str
    created_at: int
    type_: DataEventType | Unset = UNSET
    user_id: str | Unset = UNSET
    id: str | Unset = UNSET
    intercom_user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    metadata: DataEventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        event_name = self.event_name

        created_at = self.created_at

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id = self.user_id

        id = self.id

        intercom_user_id = self.intercom_user_id

        email = self.email

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_name": event_name,
                "created_at": created_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
        if intercom_user_id is not UNSET:
            field_dict["intercom_user_id"] = intercom_user_id
        if email is not UNSET:
            field_dict["email"] = email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        event_name = d.pop("event_name")

        created_at = d.pop("created_at")

        _type_ = d.pop("type", UNSET)
        type_: DataEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DataEventType(_type_)

        user_id = d.pop("user_id", UNSET)

        id = d.pop("id", UNSET)

        intercom_user_id = d.pop("intercom_user_id", UNSET)

        email = d.pop("email", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DataEventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DataEventMetadata.from_dict(_metadata)

        data_event = cls(
            event_name=event_name,
            created_at=created_at,
            type_=type_,
            user_id=user_id,
            id=id,
            intercom_user_id=intercom_user_id,
            email=email,
            metadata=metadata,
        )

        data_event.additional_properties = d
        return data_event

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
    global _lazy_loaded, DataEventMetadata
    from ..models.data_event_metadata import DataEventMetadata

    _lazy_loaded = True
