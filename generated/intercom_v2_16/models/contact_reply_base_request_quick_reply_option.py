from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactReplyBaseRequestQuickReplyOption")


@_attrs_define
class ContactReplyBaseRequestQuickReplyOption:
    """
    Attributes:
        text (str): The text of the chosen reply option.
        uuid (UUID): The unique identifier for the quick reply option selected.
    """

    text: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        uuid = UUID(d.pop("uuid"))

        contact_reply_base_request_quick_reply_option = cls(
            text=text,
            uuid=uuid,
        )

        contact_reply_base_request_quick_reply_option.additional_properties = d
        return contact_reply_base_request_quick_reply_option

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
