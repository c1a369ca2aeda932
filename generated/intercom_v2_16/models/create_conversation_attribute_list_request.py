from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversation_attribute_list_request_data_type import CreateConversationAttributeListRequestDataType
from ..types import UNSET, Unset
from .create_conversation_attribute_request_base import CreateConversationAttributeRequestBase

if TYPE_CHECKING:
    from ..models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest


T = TypeVar("T", bound="CreateConversationAttributeListRequest")


@_attrs_define
class CreateConversationAttributeListRequest(CreateConversationAttributeRequestBase):
    """
    Attributes:
        name (str): Name of the attribute. Example: api_test_attr.
        data_type (CreateConversationAttributeListRequestDataType): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        description (str | Unset): Readable description of the attribute. Example: Created via API test.
        required (bool | Unset): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        options (list[CreateConversationAttributeOptionRequest] | Unset): Initial options for this list attribute. Each
            option must have a `label`.
    """

    name: str
    data_type: CreateConversationAttributeListRequestDataType
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    visible_to_team_ids: list[str] | Unset = UNSET
    options: list[CreateConversationAttributeOptionRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        data_type = self.data_type.value

        description = self.description

        required = self.required

        visible_to_team_ids: list[str] | Unset = UNSET
        if not isinstance(self.visible_to_team_ids, Unset):
            visible_to_team_ids = self.visible_to_team_ids

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if visible_to_team_ids is not UNSET:
            field_dict["visible_to_team_ids"] = visible_to_team_ids
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        data_type = CreateConversationAttributeListRequestDataType(d.pop("data_type"))

        description = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        visible_to_team_ids = cast(list[str], d.pop("visible_to_team_ids", UNSET))

        _options = d.pop("options", UNSET)
        options: list[CreateConversationAttributeOptionRequest] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CreateConversationAttributeOptionRequest.from_dict(options_item_data)

                options.append(options_item)

        create_conversation_attribute_list_request = cls(
            name=name,
            data_type=data_type,
            description=description,
            required=required,
            visible_to_team_ids=visible_to_team_ids,
            options=options,
        )

        create_conversation_attribute_list_request.additional_properties = d
        return create_conversation_attribute_list_request

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
    global _lazy_loaded, CreateConversationAttributeOptionRequest
    from ..models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest

    _lazy_loaded = True
