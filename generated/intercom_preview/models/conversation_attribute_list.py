from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_attribute_list_type_enum import ConversationAttributeListTypeEnum
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from ..models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from ..models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from ..models.conversation_attribute_files_type import ConversationAttributeFilesType
    from ..models.conversation_attribute_integer_type import ConversationAttributeIntegerType
    from ..models.conversation_attribute_list_type import ConversationAttributeListType
    from ..models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from ..models.conversation_attribute_string_type import ConversationAttributeStringType


T = TypeVar("T", bound="ConversationAttributeList")


@_attrs_define
class ConversationAttributeList:
    """A list of all conversation attributes belonging to a workspace.

    Attributes:
        type_ (ConversationAttributeListTypeEnum | None): The type of the object. Example: list.
        data (list[ConversationAttributeBooleanType | ConversationAttributeDatetimeType |
            ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType |
            ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType] |
            None): A list of conversation attributes.
    """

    type_: ConversationAttributeListTypeEnum | None = None
    data: (
        list[
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationAttributeListTypeEnum):
            type_ = self.type_.value
        else:
            type_ = self.type_

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if (
                    isinstance(data_type_0_item_data, ConversationAttributeStringType)
                    or isinstance(data_type_0_item_data, ConversationAttributeIntegerType)
                    or isinstance(data_type_0_item_data, ConversationAttributeListType)
                    or isinstance(data_type_0_item_data, ConversationAttributeDecimalType)
                    or isinstance(data_type_0_item_data, ConversationAttributeBooleanType)
                    or isinstance(data_type_0_item_data, ConversationAttributeDatetimeType)
                    or isinstance(data_type_0_item_data, ConversationAttributeRelationshipType)
                    or isinstance(data_type_0_item_data, ConversationAttributeFilesType)
                ):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if data is not UNSET and (data is not None or "data" in self._received):
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationAttributeList:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ConversationAttributeListTypeEnum(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:

                    def _parse_data_type_0_item(
                        data: object,
                    ) -> (
                        ConversationAttributeBooleanType
                        | ConversationAttributeDatetimeType
                        | ConversationAttributeDecimalType
                        | ConversationAttributeFilesType
                        | ConversationAttributeIntegerType
                        | ConversationAttributeListType
                        | ConversationAttributeRelationshipType
                        | ConversationAttributeStringType
                    ):
                        if not isinstance(data, dict):
                            return cast(
                                ConversationAttributeBooleanType
                                | ConversationAttributeDatetimeType
                                | ConversationAttributeDecimalType
                                | ConversationAttributeFilesType
                                | ConversationAttributeIntegerType
                                | ConversationAttributeListType
                                | ConversationAttributeRelationshipType
                                | ConversationAttributeStringType,
                                data,
                            )
                        discriminator_value = data.get("data_type")
                        if discriminator_value == "string":
                            componentsschemasconversation_attribute_type_0 = ConversationAttributeStringType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_0
                        if discriminator_value == "integer":
                            componentsschemasconversation_attribute_type_1 = ConversationAttributeIntegerType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_1
                        if discriminator_value == "list":
                            componentsschemasconversation_attribute_type_2 = ConversationAttributeListType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_2
                        if discriminator_value == "decimal":
                            componentsschemasconversation_attribute_type_3 = ConversationAttributeDecimalType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_3
                        if discriminator_value == "boolean":
                            componentsschemasconversation_attribute_type_4 = ConversationAttributeBooleanType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_4
                        if discriminator_value == "datetime":
                            componentsschemasconversation_attribute_type_5 = (
                                ConversationAttributeDatetimeType.from_dict(data)
                            )

                            return componentsschemasconversation_attribute_type_5
                        if discriminator_value == "relationship":
                            componentsschemasconversation_attribute_type_6 = (
                                ConversationAttributeRelationshipType.from_dict(data)
                            )

                            return componentsschemasconversation_attribute_type_6
                        if discriminator_value == "files":
                            componentsschemasconversation_attribute_type_7 = ConversationAttributeFilesType.from_dict(
                                data
                            )

                            return componentsschemasconversation_attribute_type_7
                        # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
                        return cast(
                            ConversationAttributeBooleanType
                            | ConversationAttributeDatetimeType
                            | ConversationAttributeDecimalType
                            | ConversationAttributeFilesType
                            | ConversationAttributeIntegerType
                            | ConversationAttributeListType
                            | ConversationAttributeRelationshipType
                            | ConversationAttributeStringType,
                            data,
                        )

                    data_type_0_item = _parse_data_type_0_item(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data = data

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
        "data",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ConversationAttributeBooleanType, \
        ConversationAttributeDatetimeType, \
        ConversationAttributeDecimalType, \
        ConversationAttributeFilesType, \
        ConversationAttributeIntegerType, \
        ConversationAttributeListType, \
        ConversationAttributeRelationshipType, \
        ConversationAttributeStringType
    from ..models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from ..models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from ..models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from ..models.conversation_attribute_files_type import ConversationAttributeFilesType
    from ..models.conversation_attribute_integer_type import ConversationAttributeIntegerType
    from ..models.conversation_attribute_list_type import ConversationAttributeListType
    from ..models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from ..models.conversation_attribute_string_type import ConversationAttributeStringType

    _lazy_loaded = True
