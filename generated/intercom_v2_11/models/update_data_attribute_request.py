from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_data_attribute_request_options_item import UpdateDataAttributeRequestOptionsItem


T = TypeVar("T", bound="UpdateDataAttributeRequest")


@_attrs_define
class UpdateDataAttributeRequest:
    """
    Attributes:
        archived (bool | Unset): Whether the attribute is to be archived or not. Example: False.
        description (str | Unset): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        options (list[UpdateDataAttributeRequestOptionsItem] | Unset): To create list attributes. Provide a set of
            hashes with `value` as the key of the options you want to make. `data_type` must be `string`. Example:
            ['option1', 'option2'].
        messenger_writable (bool | Unset): Can this attribute be updated by the Messenger Example: False.
    """

    archived: bool | Unset = UNSET
    description: str | Unset = UNSET
    options: list[UpdateDataAttributeRequestOptionsItem] | Unset = UNSET
    messenger_writable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        archived = self.archived

        description = self.description

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        messenger_writable = self.messenger_writable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if description is not UNSET:
            field_dict["description"] = description
        if options is not UNSET:
            field_dict["options"] = options
        if messenger_writable is not UNSET:
            field_dict["messenger_writable"] = messenger_writable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        description = d.pop("description", UNSET)

        _options = d.pop("options", UNSET)
        options: list[UpdateDataAttributeRequestOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UpdateDataAttributeRequestOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        messenger_writable = d.pop("messenger_writable", UNSET)

        update_data_attribute_request = cls(
            archived=archived,
            description=description,
            options=options,
            messenger_writable=messenger_writable,
        )

        update_data_attribute_request.additional_properties = d
        return update_data_attribute_request

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
    global _lazy_loaded, UpdateDataAttributeRequestOptionsItem
    from ..models.update_data_attribute_request_options_item import UpdateDataAttributeRequestOptionsItem

    _lazy_loaded = True
