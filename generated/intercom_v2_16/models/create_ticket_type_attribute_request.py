from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ticket_type_attribute_request_data_type import CreateTicketTypeAttributeRequestDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketTypeAttributeRequest")


@_attrs_define
class CreateTicketTypeAttributeRequest:
    """You can create a Ticket Type Attribute

    Attributes:
        name (str): The name of the ticket type attribute Example: Bug Priority.
        description (str): The description of the attribute presented to the teammate or contact Example: Priority level
            of the bug.
        data_type (CreateTicketTypeAttributeRequestDataType): The data type of the attribute Example: string.
        required_to_create (bool | Unset): Whether the attribute is required to be filled in when teammates are creating
            the ticket in Inbox. Default: False. Example: False.
        required_to_create_for_contacts (bool | Unset): Whether the attribute is required to be filled in when contacts
            are creating the ticket in Messenger. Default: False. Example: False.
        visible_on_create (bool | Unset): Whether the attribute is visible to teammates when creating a ticket in Inbox.
            Default: True. Example: True.
        visible_to_contacts (bool | Unset): Whether the attribute is visible to contacts when creating a ticket in
            Messenger. Default: True. Example: True.
        multiline (bool | Unset): Whether the attribute allows multiple lines of text (only applicable to string
            attributes) Example: False.
        list_items (str | Unset): A comma delimited list of items for the attribute value (only applicable to list
            attributes) Example: Low Priority,Medium Priority,High Priority.
        allow_multiple_values (bool | Unset): Whether the attribute allows multiple files to be attached to it (only
            applicable to file attributes) Example: False.
    """

    name: str
    description: str
    data_type: CreateTicketTypeAttributeRequestDataType
    required_to_create: bool | Unset = False
    required_to_create_for_contacts: bool | Unset = False
    visible_on_create: bool | Unset = True
    visible_to_contacts: bool | Unset = True
    multiline: bool | Unset = UNSET
    list_items: str | Unset = UNSET
    allow_multiple_values: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        data_type = self.data_type.value

        required_to_create = self.required_to_create

        required_to_create_for_contacts = self.required_to_create_for_contacts

        visible_on_create = self.visible_on_create

        visible_to_contacts = self.visible_to_contacts

        multiline = self.multiline

        list_items = self.list_items

        allow_multiple_values = self.allow_multiple_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "data_type": data_type,
            }
        )
        if required_to_create is not UNSET:
            field_dict["required_to_create"] = required_to_create
        if required_to_create_for_contacts is not UNSET:
            field_dict["required_to_create_for_contacts"] = required_to_create_for_contacts
        if visible_on_create is not UNSET:
            field_dict["visible_on_create"] = visible_on_create
        if visible_to_contacts is not UNSET:
            field_dict["visible_to_contacts"] = visible_to_contacts
        if multiline is not UNSET:
            field_dict["multiline"] = multiline
        if list_items is not UNSET:
            field_dict["list_items"] = list_items
        if allow_multiple_values is not UNSET:
            field_dict["allow_multiple_values"] = allow_multiple_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        data_type = CreateTicketTypeAttributeRequestDataType(d.pop("data_type"))

        required_to_create = d.pop("required_to_create", UNSET)

        required_to_create_for_contacts = d.pop("required_to_create_for_contacts", UNSET)

        visible_on_create = d.pop("visible_on_create", UNSET)

        visible_to_contacts = d.pop("visible_to_contacts", UNSET)

        multiline = d.pop("multiline", UNSET)

        list_items = d.pop("list_items", UNSET)

        allow_multiple_values = d.pop("allow_multiple_values", UNSET)

        create_ticket_type_attribute_request = cls(
            name=name,
            description=description,
            data_type=data_type,
            required_to_create=required_to_create,
            required_to_create_for_contacts=required_to_create_for_contacts,
            visible_on_create=visible_on_create,
            visible_to_contacts=visible_to_contacts,
            multiline=multiline,
            list_items=list_items,
            allow_multiple_values=allow_multiple_values,
        )

        create_ticket_type_attribute_request.additional_properties = d
        return create_ticket_type_attribute_request

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
