from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginated_response_conversations_type_0_item_contacts_type_0_contacts_type_0_item import (
        PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item,
    )


T = TypeVar("T", bound="PaginatedResponseConversationsType0ItemContactsType0")


@_attrs_define
class PaginatedResponseConversationsType0ItemContactsType0:
    """
    Attributes:
        type_ (None | str | Unset):
        contacts (list[PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item] | None | Unset):
    """

    type_: None | str | Unset = UNSET
    contacts: list[PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_contacts(
            data: object,
        ) -> list[PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = (
                        PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item.from_dict(
                            contacts_type_0_item_data
                        )
                    )

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item] | None | Unset, data
            )

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        paginated_response_conversations_type_0_item_contacts_type_0 = cls(
            type_=type_,
            contacts=contacts,
        )

        paginated_response_conversations_type_0_item_contacts_type_0.additional_properties = d
        return paginated_response_conversations_type_0_item_contacts_type_0

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
    global _lazy_loaded, PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item
    from ..models.paginated_response_conversations_type_0_item_contacts_type_0_contacts_type_0_item import (
        PaginatedResponseConversationsType0ItemContactsType0ContactsType0Item,
    )

    _lazy_loaded = True
