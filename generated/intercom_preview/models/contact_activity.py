from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_activity_event_type import ContactActivityEventType
from ..models.contact_activity_type import ContactActivityType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContactActivity")


@_attrs_define
class ContactActivity:
    """An activity event that occurred for a contact, such as creation, merge, or deletion.

    Attributes:
        type_ (ContactActivityType | None): Always contact_activity Example: contact_activity.
        id (None | str): The unique identifier for the activity event. Example: 1717000000000.0000a1.
        event_type (ContactActivityEventType | None): The type of activity event. Example: contact.created.
        contact_id (None | str): The unique identifier for the contact the event relates to. Example:
            6329bd9ffe4e2e91dc5d6a1e.
        external_id (None | str): The external identifier of the contact, if one is set. Example: user-42.
        role (None | str): The role of the contact at the time of the event, either user, lead, or visitor. Example:
            user.
        merge_source_id (None | str): For merge events, the identifier of the contact that was merged away. Example:
            5f7f0d217c3f2e001a4e8b12.
        merge_target_id (None | str): For merge events, the identifier of the contact that was merged into. Example:
            6329bd9ffe4e2e91dc5d6a1e.
        failure_reason (None | str): For failed events, the reason the activity did not succeed. Example:
            duplicate_external_id.
        created_at (int | None): The time the activity event occurred, as a Unix timestamp in seconds. Example:
            1717000000.
    """

    type_: ContactActivityType | None = None
    id: None | str = None
    event_type: ContactActivityEventType | None = None
    contact_id: None | str = None
    external_id: None | str = None
    role: None | str = None
    merge_source_id: None | str = None
    merge_target_id: None | str = None
    failure_reason: None | str = None
    created_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContactActivityType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, ContactActivityEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        merge_source_id: None | str | Unset
        if isinstance(self.merge_source_id, Unset):
            merge_source_id = UNSET
        else:
            merge_source_id = self.merge_source_id

        merge_target_id: None | str | Unset
        if isinstance(self.merge_target_id, Unset):
            merge_target_id = UNSET
        else:
            merge_target_id = self.merge_target_id

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if event_type is not UNSET and (event_type is not None or "event_type" in self._received):
            field_dict["event_type"] = event_type
        if contact_id is not UNSET and (contact_id is not None or "contact_id" in self._received):
            field_dict["contact_id"] = contact_id
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if role is not UNSET and (role is not None or "role" in self._received):
            field_dict["role"] = role
        if merge_source_id is not UNSET and (merge_source_id is not None or "merge_source_id" in self._received):
            field_dict["merge_source_id"] = merge_source_id
        if merge_target_id is not UNSET and (merge_target_id is not None or "merge_target_id" in self._received):
            field_dict["merge_target_id"] = merge_target_id
        if failure_reason is not UNSET and (failure_reason is not None or "failure_reason" in self._received):
            field_dict["failure_reason"] = failure_reason
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContactActivity:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContactActivityType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        event_type = src_dict.get("event_type")
        if isinstance(event_type, str):
            try:
                event_type_type_1 = ContactActivityEventType(event_type)

                event_type = event_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.event_type = event_type

        self.contact_id = src_dict.get("contact_id")

        self.external_id = src_dict.get("external_id")

        self.role = src_dict.get("role")

        self.merge_source_id = src_dict.get("merge_source_id")

        self.merge_target_id = src_dict.get("merge_target_id")

        self.failure_reason = src_dict.get("failure_reason")

        self.created_at = src_dict.get("created_at")

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
        "event_type",
        "contact_id",
        "external_id",
        "role",
        "merge_source_id",
        "merge_target_id",
        "failure_reason",
        "created_at",
    }
)
