from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DeletedConversationItem")


@_attrs_define
class DeletedConversationItem:
    """A deleted conversation record containing its ID, metrics retained status and deletion timestamp.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `conversation`. Example:
            conversation.
        id (None | str): The ID of the deleted conversation. Example: 512.
        metrics_retained (bool | None): Whether reporting metrics are retained for this conversation ID Example: True.
        deleted_at (int | None): The time when the conversation was deleted. Example: 1734537745.
    """

    type_: None | str = None
    id: None | str = None
    metrics_retained: bool | None = None
    deleted_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        metrics_retained: bool | None | Unset
        if isinstance(self.metrics_retained, Unset):
            metrics_retained = UNSET
        else:
            metrics_retained = self.metrics_retained

        deleted_at: int | None | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if metrics_retained is not UNSET and (metrics_retained is not None or "metrics_retained" in self._received):
            field_dict["metrics_retained"] = metrics_retained
        if deleted_at is not UNSET and (deleted_at is not None or "deleted_at" in self._received):
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DeletedConversationItem:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.metrics_retained = src_dict.get("metrics_retained")

        self.deleted_at = src_dict.get("deleted_at")

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
        "metrics_retained",
        "deleted_at",
    }
)
