from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes


T = TypeVar("T", bound="ConvertConversationToTicketRequest")


@_attrs_define
class ConvertConversationToTicketRequest:
    """You can convert a Conversation to a Ticket

    Attributes:
        ticket_type_id (str): The ID of the type of ticket you want to convert the conversation to Example: 1234.
        attributes (TicketRequestCustomAttributes | Unset): The attributes set on the ticket. When setting the default
            title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_title_': 'Found a bug', '_default_description_':
            'The button is not working'}.
    """

    ticket_type_id: str
    attributes: TicketRequestCustomAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        ticket_type_id = self.ticket_type_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_type_id": ticket_type_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        ticket_type_id = d.pop("ticket_type_id")

        _attributes = d.pop("attributes", UNSET)
        attributes: TicketRequestCustomAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TicketRequestCustomAttributes.from_dict(_attributes)

        convert_conversation_to_ticket_request = cls(
            ticket_type_id=ticket_type_id,
            attributes=attributes,
        )

        convert_conversation_to_ticket_request.additional_properties = d
        return convert_conversation_to_ticket_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketRequestCustomAttributes
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes

    _lazy_loaded = True
