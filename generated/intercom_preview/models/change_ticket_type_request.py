from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_ticket_type_request_ticket_attributes import ChangeTicketTypeRequestTicketAttributes


T = TypeVar("T", bound="ChangeTicketTypeRequest")


@_attrs_define
class ChangeTicketTypeRequest:
    """You can change the type of a Ticket

    Attributes:
        ticket_type_id (str): The ID of the new ticket type. Must be in the same category as the current type. Example:
            1234.
        ticket_state_id (str): The ID of the ticket state for the new ticket type. Example: 5678.
        ticket_attributes (ChangeTicketTypeRequestTicketAttributes | Unset): The attributes to set on the ticket for the
            new type. Attributes matching by name and type are transferred automatically from the old type; values provided
            here override the transferred values. Example: {'_default_title_': 'example', '_default_description_': 'having a
            problem'}.
    """

    ticket_type_id: str
    ticket_state_id: str
    ticket_attributes: ChangeTicketTypeRequestTicketAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        ticket_type_id = self.ticket_type_id

        ticket_state_id = self.ticket_state_id

        ticket_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_attributes, Unset):
            ticket_attributes = self.ticket_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_type_id": ticket_type_id,
                "ticket_state_id": ticket_state_id,
            }
        )
        if ticket_attributes is not UNSET:
            field_dict["ticket_attributes"] = ticket_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        ticket_type_id = d.pop("ticket_type_id")

        ticket_state_id = d.pop("ticket_state_id")

        _ticket_attributes = d.pop("ticket_attributes", UNSET)
        ticket_attributes: ChangeTicketTypeRequestTicketAttributes | Unset
        if isinstance(_ticket_attributes, Unset):
            ticket_attributes = UNSET
        else:
            ticket_attributes = ChangeTicketTypeRequestTicketAttributes.from_dict(_ticket_attributes)

        change_ticket_type_request = cls(
            ticket_type_id=ticket_type_id,
            ticket_state_id=ticket_state_id,
            ticket_attributes=ticket_attributes,
        )

        change_ticket_type_request.additional_properties = d
        return change_ticket_type_request

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
    global _lazy_loaded, ChangeTicketTypeRequestTicketAttributes
    from ..models.change_ticket_type_request_ticket_attributes import ChangeTicketTypeRequestTicketAttributes

    _lazy_loaded = True
