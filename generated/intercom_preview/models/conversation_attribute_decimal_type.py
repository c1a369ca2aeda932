from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_attribute_base_data_type import ConversationAttributeBaseDataType
from ..models.conversation_attribute_base_type import ConversationAttributeBaseType
from ..types import NO_KEYS, UNSET, Unset, new_instance
from .conversation_attribute_base import ConversationAttributeBase

T = TypeVar("T", bound="ConversationAttributeDecimalType")


@_attrs_define
class ConversationAttributeDecimalType(ConversationAttributeBase):
    """
    Attributes:
        type_ (ConversationAttributeBaseType | None): Value is `conversation_attribute`. Example:
            conversation_attribute.
        id (int | None): The unique identifier for the conversation attribute. Example: 8.
        name (None | str): Name of the attribute. Example: api_test_attr.
        description (None | str): Readable description of the attribute. Example: Created via API test.
        data_type (ConversationAttributeBaseDataType | None): The data type of the attribute. Allowed types: string,
            integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        required (bool | None): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | None): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        archived (bool | None): Whether this attribute is archived. Example: False.
        created_at (int | None): The time the attribute was created as a UTC Unix timestamp. Example: 1778239701.
        updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp. Example: 1778239701.
        admin_id (None | str): ID of the admin who created the attribute. Example: 16.
    """

    type_: ConversationAttributeBaseType | None = None
    id: int | None = None
    name: None | str = None
    description: None | str = None
    data_type: ConversationAttributeBaseDataType | None = None
    required: bool | None = None
    visible_to_team_ids: list[str] | None = None
    archived: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    admin_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationAttributeBaseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, ConversationAttributeBaseDataType):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        visible_to_team_ids: list[str] | None | Unset
        if isinstance(self.visible_to_team_ids, Unset):
            visible_to_team_ids = UNSET
        elif isinstance(self.visible_to_team_ids, list):
            visible_to_team_ids = self.visible_to_team_ids

        else:
            visible_to_team_ids = self.visible_to_team_ids

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if data_type is not UNSET and (data_type is not None or "data_type" in self._received):
            field_dict["data_type"] = data_type
        if required is not UNSET and (required is not None or "required" in self._received):
            field_dict["required"] = required
        if visible_to_team_ids is not UNSET and (
            visible_to_team_ids is not None or "visible_to_team_ids" in self._received
        ):
            field_dict["visible_to_team_ids"] = visible_to_team_ids
        if archived is not UNSET and (archived is not None or "archived" in self._received):
            field_dict["archived"] = archived
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if admin_id is not UNSET and (admin_id is not None or "admin_id" in self._received):
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationAttributeDecimalType:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ConversationAttributeBaseType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        data_type = src_dict.get("data_type")
        if isinstance(data_type, str):
            try:
                data_type_type_1 = ConversationAttributeBaseDataType(data_type)

                data_type = data_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data_type = data_type

        self.required = src_dict.get("required")

        self.visible_to_team_ids = src_dict.get("visible_to_team_ids")

        self.archived = src_dict.get("archived")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.admin_id = src_dict.get("admin_id")

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "data_type",
        "required",
        "visible_to_team_ids",
        "archived",
        "created_at",
        "updated_at",
        "admin_id",
    }
)
