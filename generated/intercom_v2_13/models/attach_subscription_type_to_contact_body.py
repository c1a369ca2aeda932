from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachSubscriptionTypeToContactBody")


@_attrs_define
class AttachSubscriptionTypeToContactBody:
    """
    Attributes:
        id (str): The unique identifier for the subscription which is given by Intercom Example: 37846.
        consent_type (str): The consent_type of a subscription, opt_out or opt_in. Example: opt_in.
    """

    id: str
    consent_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        consent_type = self.consent_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "consent_type": consent_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        consent_type = d.pop("consent_type")

        attach_subscription_type_to_contact_body = cls(
            id=id,
            consent_type=consent_type,
        )

        attach_subscription_type_to_contact_body.additional_properties = d
        return attach_subscription_type_to_contact_body

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
