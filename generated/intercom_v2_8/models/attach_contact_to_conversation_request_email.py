from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_request_email import CustomerRequestEmail
    from ..models.customer_request_intercom_user_id import CustomerRequestIntercomUserId
    from ..models.customer_request_user_id import CustomerRequestUserId


T = TypeVar("T", bound="AttachContactToConversationRequestEmail")


@_attrs_define
class AttachContactToConversationRequestEmail:
    """
    Attributes:
        email (str): The email you have defined for the contact who is being added as a participant. Example:
            joe@example.com.
        customer (CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset):
    """

    email: str
    customer: CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        email = self.email

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif (
            isinstance(self.customer, CustomerRequestIntercomUserId)
            or isinstance(self.customer, CustomerRequestUserId)
            or isinstance(self.customer, CustomerRequestEmail)
        ):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_customer(
            data: object,
        ) -> CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascustomer_request_type_0 = CustomerRequestIntercomUserId.from_dict(data)

                return componentsschemascustomer_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascustomer_request_type_1 = CustomerRequestUserId.from_dict(data)

                return componentsschemascustomer_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascustomer_request_type_2 = CustomerRequestEmail.from_dict(data)

                return componentsschemascustomer_request_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset, data
            )

        customer = _parse_customer(d.pop("customer", UNSET))

        attach_contact_to_conversation_request_email = cls(
            email=email,
            customer=customer,
        )

        attach_contact_to_conversation_request_email.additional_properties = d
        return attach_contact_to_conversation_request_email

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
    global _lazy_loaded, CustomerRequestEmail, CustomerRequestIntercomUserId, CustomerRequestUserId
    from ..models.customer_request_email import CustomerRequestEmail
    from ..models.customer_request_intercom_user_id import CustomerRequestIntercomUserId
    from ..models.customer_request_user_id import CustomerRequestUserId

    _lazy_loaded = True
