from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerRequestIntercomUserId")


@_attrs_define
class CustomerRequestIntercomUserId:
    """
    Attributes:
        intercom_user_id (str): The identifier for the contact as given by Intercom. Example: 6329bd9ffe4e2e91dac76188.
    """

    intercom_user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intercom_user_id = self.intercom_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intercom_user_id": intercom_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        intercom_user_id = d.pop("intercom_user_id")

        customer_request_intercom_user_id = cls(
            intercom_user_id=intercom_user_id,
        )

        customer_request_intercom_user_id.additional_properties = d
        return customer_request_intercom_user_id

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
