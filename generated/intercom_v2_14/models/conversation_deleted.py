from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_deleted_object import ConversationDeletedObject
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationDeleted")


@_attrs_define
class ConversationDeleted:
    """deleted conversation object

    Attributes:
        id (None | str): The unique identifier for the conversation. Example: 5ba682d23d7cf92bef87bfd4.
        object_ (ConversationDeletedObject | None): always conversation Example: conversation.
        deleted (bool | None): Whether the conversation is deleted or not. Example: True.
    """

    id: None | str = None
    object_: ConversationDeletedObject | None = None
    deleted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, ConversationDeletedObject):
            object_ = self.object_.value
        else:
            object_ = self.object_

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if object_ is not UNSET and (object_ is not None or "object" in self._received):
            field_dict["object"] = object_
        if deleted is not UNSET and (deleted is not None or "deleted" in self._received):
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationDeleted:
            cls.__init__(self)
        self.id = src_dict.get("id")

        object_ = src_dict.get("object")
        if isinstance(object_, str):
            try:
                object_type_1 = ConversationDeletedObject(object_)

                object_ = object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.object_ = object_

        self.deleted = src_dict.get("deleted")

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
        "object",
        "deleted",
    }
)
