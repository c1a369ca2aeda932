from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_part_updated_attribute_value_type_0_type import TicketPartUpdatedAttributeValueType0Type
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="TicketPartUpdatedAttributeValueType0")


@_attrs_define
class TicketPartUpdatedAttributeValueType0:
    """The new value of the attribute.

    Attributes:
        type_ (None | TicketPartUpdatedAttributeValueType0Type): The type of the object. Always 'value'. Example: value.
        id (list[int] | None | str):
        label (list[str] | None | str):
    """

    type_: None | TicketPartUpdatedAttributeValueType0Type = None
    id: list[int] | None | str = None
    label: list[str] | None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TicketPartUpdatedAttributeValueType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: list[int] | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = self.id

        else:
            id = self.id

        label: list[str] | None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, list):
            label = self.label

        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if label is not UNSET and (label is not None or "label" in self._received):
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not TicketPartUpdatedAttributeValueType0:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = TicketPartUpdatedAttributeValueType0Type(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.label = src_dict.get("label")

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
        "label",
    }
)
