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


T = TypeVar("T", bound="AttachContactToConversationRequestIntercomUserID")


@_attrs_define
class AttachContactToConversationRequestIntercomUserID:
    """
    Attributes:
        intercom_user_id (str): The identifier for the contact as given by Intercom. Example: 6329bd9ffe4e2e91dac76188.
        customer (CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset):
    """

    intercom_user_id: str
    customer: CustomerRequestEmail | CustomerRequestIntercomUserId | CustomerRequestUserId | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        intercom_user_id = self.intercom_user_id

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
                "intercom_user_id": intercom_user_id,
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
        intercom_user_id = d.pop("intercom_user_id")

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

        attach_contact_to_conversation_request_intercom_user_id = cls(
            intercom_user_id=intercom_user_id,
            customer=customer,
        )

        attach_contact_to_conversation_request_intercom_user_id.additional_properties = d
        return attach_contact_to_conversation_request_intercom_user_id

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
