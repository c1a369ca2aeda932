from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attach_contact_to_conversation_request_email import AttachContactToConversationRequestEmail
    from ..models.attach_contact_to_conversation_request_intercom_user_id import (
        AttachContactToConversationRequestIntercomUserID,
    )
    from ..models.attach_contact_to_conversation_request_user_id import AttachContactToConversationRequestUserID


T = TypeVar("T", bound="AttachContactToConversationRequest")


@_attrs_define
class AttachContactToConversationRequest:
    """Payload of the request to assign a conversation

    Attributes:
        admin_id (str | Unset): The `id` of the admin who is adding the new participant. Example: 12345.
        customer (AttachContactToConversationRequestEmail | AttachContactToConversationRequestIntercomUserID |
            AttachContactToConversationRequestUserID | Unset):
    """

    admin_id: str | Unset = UNSET
    customer: (
        AttachContactToConversationRequestEmail
        | AttachContactToConversationRequestIntercomUserID
        | AttachContactToConversationRequestUserID
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        admin_id = self.admin_id

        customer: dict[str, Any] | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, AttachContactToConversationRequestIntercomUserID) or isinstance(
            self.customer, AttachContactToConversationRequestUserID
        ):
            customer = self.customer.to_dict()
        else:
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        admin_id = d.pop("admin_id", UNSET)

        def _parse_customer(
            data: object,
        ) -> (
            AttachContactToConversationRequestEmail
            | AttachContactToConversationRequestIntercomUserID
            | AttachContactToConversationRequestUserID
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_intercom_user_id = AttachContactToConversationRequestIntercomUserID.from_dict(data)

                return customer_intercom_user_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_user_id = AttachContactToConversationRequestUserID.from_dict(data)

                return customer_user_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            customer_email = AttachContactToConversationRequestEmail.from_dict(data)

            return customer_email

        customer = _parse_customer(d.pop("customer", UNSET))

        attach_contact_to_conversation_request = cls(
            admin_id=admin_id,
            customer=customer,
        )

        attach_contact_to_conversation_request.additional_properties = d
        return attach_contact_to_conversation_request

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
    global \
        _lazy_loaded, \
        AttachContactToConversationRequestEmail, \
        AttachContactToConversationRequestIntercomUserID, \
        AttachContactToConversationRequestUserID
    from ..models.attach_contact_to_conversation_request_email import AttachContactToConversationRequestEmail
    from ..models.attach_contact_to_conversation_request_intercom_user_id import (
        AttachContactToConversationRequestIntercomUserID,
    )
    from ..models.attach_contact_to_conversation_request_user_id import AttachContactToConversationRequestUserID

    _lazy_loaded = True
