from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertVisitorRequestUser")


@_attrs_define
class ConvertVisitorRequestUser:
    """The unique identifiers retained after converting or merging.

    Attributes:
        id (str | Unset): The unique identifier for the contact which is given by Intercom. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        user_id (str | Unset): A unique identifier for the contact which is given to Intercom, which will be represented
            as external_id. Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        email (str | Unset): The contact's email, retained by default if one is present. Example: joe@example.com.
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not ((not isinstance(self.id, Unset)) or (not isinstance(self.user_id, Unset))):
            raise ValueError("ConvertVisitorRequestUser needs id, or user_id (the API refuses it otherwise)")
        id = self.id

        user_id = self.user_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        email = d.pop("email", UNSET)

        convert_visitor_request_user = cls(
            id=id,
            user_id=user_id,
            email=email,
        )

        convert_visitor_request_user.additional_properties = d
        return convert_visitor_request_user

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
