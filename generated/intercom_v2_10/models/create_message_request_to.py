from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_to_type import CreateMessageRequestToType

T = TypeVar("T", bound="CreateMessageRequestTo")


@_attrs_define
class CreateMessageRequestTo:
    """The sender of the message. If not provided, the default sender will be used.

    Attributes:
        type_ (CreateMessageRequestToType): The role associated to the contact - `user` or `lead`. Example: user.
        id (str): The identifier for the contact which is given by Intercom. Example: 536e564f316c83104c000020.
    """

    type_: CreateMessageRequestToType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CreateMessageRequestToType(d.pop("type"))

        id = d.pop("id")

        create_message_request_to = cls(
            type_=type_,
            id=id,
        )

        create_message_request_to.additional_properties = d
        return create_message_request_to

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
