from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNoteBody")


@_attrs_define
class CreateNoteBody:
    """
    Attributes:
        body (str): The text of the note. Example: New note.
        contact_id (str | Unset): The unique identifier of a given contact. Example: 123.
        admin_id (str | Unset): The unique identifier of a given admin. Example: 123.
    """

    body: str
    contact_id: str | Unset = UNSET
    admin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        contact_id = self.contact_id

        admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        contact_id = d.pop("contact_id", UNSET)

        admin_id = d.pop("admin_id", UNSET)

        create_note_body = cls(
            body=body,
            contact_id=contact_id,
            admin_id=admin_id,
        )

        create_note_body.additional_properties = d
        return create_note_body

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
