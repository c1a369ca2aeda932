from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_parts_type import TicketPartsType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ticket_part import TicketPart


T = TypeVar("T", bound="TicketParts")


@_attrs_define
class TicketParts:
    """A list of Ticket Part objects for each note and event in the ticket. There is a limit of 500 parts.

    Attributes:
        type_ (None | TicketPartsType):  Example: ticket_part.list.
        ticket_parts (list[TicketPart] | None): A list of Ticket Part objects for each ticket. There is a limit of 500
            parts.
        total_count (int | None):  Example: 2.
    """

    type_: None | TicketPartsType = None
    ticket_parts: list[TicketPart] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TicketPartsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        ticket_parts: list[dict[str, Any]] | None | Unset
        if isinstance(self.ticket_parts, Unset):
            ticket_parts = UNSET
        elif isinstance(self.ticket_parts, list):
            ticket_parts = []
            for ticket_parts_type_0_item_data in self.ticket_parts:
                ticket_parts_type_0_item = ticket_parts_type_0_item_data.to_dict()
                ticket_parts.append(ticket_parts_type_0_item)

        else:
            ticket_parts = self.ticket_parts

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if ticket_parts is not UNSET and (ticket_parts is not None or "ticket_parts" in self._received):
            field_dict["ticket_parts"] = ticket_parts
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not TicketParts:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = TicketPartsType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        ticket_parts = src_dict.get("ticket_parts")
        if isinstance(ticket_parts, list):
            try:
                ticket_parts_type_0 = []
                _ticket_parts_type_0 = ticket_parts
                for ticket_parts_type_0_item_data in _ticket_parts_type_0:
                    ticket_parts_type_0_item = TicketPart.from_dict(ticket_parts_type_0_item_data)

                    ticket_parts_type_0.append(ticket_parts_type_0_item)

                ticket_parts = ticket_parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.ticket_parts = ticket_parts

        self.total_count = src_dict.get("total_count")

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
        "ticket_parts",
        "total_count",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TicketPart
    from ..models.ticket_part import TicketPart

    _lazy_loaded = True
