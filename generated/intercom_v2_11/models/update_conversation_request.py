from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="UpdateConversationRequest")


@_attrs_define
class UpdateConversationRequest:
    """Payload of the request to update a conversation

    Attributes:
        read (bool | Unset): Mark a conversation as read within Intercom. Example: True.
        custom_attributes (CustomAttributes | Unset): An object containing the different custom attributes associated to
            the conversation as key-value pairs. For relationship attributes the value will be a list of custom object
            instance models. Example: {'plan': 'pro', 'team_mates': 9}.
    """

    read: bool | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        read = self.read

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        read = d.pop("read", UNSET)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        update_conversation_request = cls(
            read=read,
            custom_attributes=custom_attributes,
        )

        update_conversation_request.additional_properties = d
        return update_conversation_request

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
    global _lazy_loaded, CustomAttributes
    from ..models.custom_attributes import CustomAttributes

    _lazy_loaded = True
