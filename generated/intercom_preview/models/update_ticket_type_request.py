from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_ticket_type_request_category import UpdateTicketTypeRequestCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTicketTypeRequest")


@_attrs_define
class UpdateTicketTypeRequest:
    """The request payload for updating a ticket type.
    You can copy the `icon` property for your ticket type from [Twemoji Cheatsheet](https://twemoji-
    cheatsheet.vercel.app/)

        Attributes:
            name (str | Unset): The name of the ticket type. Example: Bug.
            description (str | Unset): The description of the ticket type. Example: A bug has been occured.
            category (UpdateTicketTypeRequestCategory | Unset): Category of the Ticket Type. Example: Customer.
            icon (str | Unset): The icon of the ticket type. Default: '🎟️'. Example: 🐞.
            archived (bool | Unset): The archived status of the ticket type. Example: False.
            is_internal (bool | Unset): Whether the tickets associated with this ticket type are intended for internal use
                only or will be shared with customers. This is currently a limited attribute. Default: False. Example: False.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    category: UpdateTicketTypeRequestCategory | Unset = UNSET
    icon: str | Unset = "🎟️"
    archived: bool | Unset = UNSET
    is_internal: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        icon = self.icon

        archived = self.archived

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if icon is not UNSET:
            field_dict["icon"] = icon
        if archived is not UNSET:
            field_dict["archived"] = archived
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _category = d.pop("category", UNSET)
        category: UpdateTicketTypeRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = UpdateTicketTypeRequestCategory(_category)

        icon = d.pop("icon", UNSET)

        archived = d.pop("archived", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        update_ticket_type_request = cls(
            name=name,
            description=description,
            category=category,
            icon=icon,
            archived=archived,
            is_internal=is_internal,
        )

        update_ticket_type_request.additional_properties = d
        return update_ticket_type_request

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
