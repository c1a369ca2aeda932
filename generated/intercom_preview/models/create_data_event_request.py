from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_event_request_metadata import CreateDataEventRequestMetadata


T = TypeVar("T", bound="CreateDataEventRequest")


@_attrs_define
class CreateDataEventRequest:
    """
    Attributes:
        event_name (str | Unset): The name of the event that occurred. This is presented to your App's admins when
            filtering and creating segments - a good event name is typically a past tense 'verb-noun' combination, to
            improve readability, for example `updated-plan`. Example: invited-friend.
        created_at (int | Unset): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        user_id (str | Unset): Your identifier for the user. Example: 314159.
        id (str | Unset): The unique identifier for the contact (lead or user) which is given by Intercom. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        email (str | Unset): An email address for your user. An email should only be used where your application uses
            email to uniquely identify users. Example: frodo.baggins@example.com.
        metadata (CreateDataEventRequestMetadata | Unset): Optional metadata about the event. Example: {'invite_code':
            'ADDAFRIEND'}.
    """

    event_name: str | Unset = UNSET
    created_at: int | Unset = UNSET
    user_id: str | Unset = UNSET
    id: str | Unset = UNSET
    email: str | Unset = UNSET
    metadata: CreateDataEventRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not (
            (
                not isinstance(self.event_name, Unset)
                and not isinstance(self.created_at, Unset)
                and not isinstance(self.id, Unset)
            )
            or (
                not isinstance(self.event_name, Unset)
                and not isinstance(self.created_at, Unset)
                and not isinstance(self.user_id, Unset)
            )
            or (
                not isinstance(self.event_name, Unset)
                and not isinstance(self.created_at, Unset)
                and not isinstance(self.email, Unset)
            )
        ):
            raise ValueError(
                "CreateDataEventRequest needs event_name and created_at and id, or event_name and created_at and user_id, or event_name and created_at and email (the API refuses it otherwise)"
            )
        event_name = self.event_name

        created_at = self.created_at

        user_id = self.user_id

        id = self.id

        email = self.email

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
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
        event_name = d.pop("event_name", UNSET)

        created_at = d.pop("created_at", UNSET)

        user_id = d.pop("user_id", UNSET)

        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateDataEventRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateDataEventRequestMetadata.from_dict(_metadata)

        create_data_event_request = cls(
            event_name=event_name,
            created_at=created_at,
            user_id=user_id,
            id=id,
            email=email,
            metadata=metadata,
        )

        create_data_event_request.additional_properties = d
        return create_data_event_request

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
    global _lazy_loaded, CreateDataEventRequestMetadata
    from ..models.create_data_event_request_metadata import CreateDataEventRequestMetadata

    _lazy_loaded = True
