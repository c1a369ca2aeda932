from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachTagToConversationBody")


@_attrs_define
class AttachTagToConversationBody:
    """
    Attributes:
        id (str): The unique identifier for the tag which is given by Intercom Example: 7522907.
        admin_id (str): The unique identifier for the admin which is given by Intercom. Example: 780.
    """

    id: str
    admin_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "admin_id": admin_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        admin_id = d.pop("admin_id")

        attach_tag_to_conversation_body = cls(
            id=id,
            admin_id=admin_id,
        )

        attach_tag_to_conversation_body.additional_properties = d
        return attach_tag_to_conversation_body

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
