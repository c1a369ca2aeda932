from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item_mapping_type import (
    DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item")


@_attrs_define
class DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item:
    """
    Attributes:
        response_attribute_path (None | str):
        intercom_attribute_identifier (None | str):
        mapping_type (DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType | None):
    """

    response_attribute_path: None | str = None
    intercom_attribute_identifier: None | str = None
    mapping_type: DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        response_attribute_path: None | str | Unset
        if isinstance(self.response_attribute_path, Unset):
            response_attribute_path = UNSET
        else:
            response_attribute_path = self.response_attribute_path

        intercom_attribute_identifier: None | str | Unset
        if isinstance(self.intercom_attribute_identifier, Unset):
            intercom_attribute_identifier = UNSET
        else:
            intercom_attribute_identifier = self.intercom_attribute_identifier

        mapping_type: None | str | Unset
        if isinstance(self.mapping_type, Unset):
            mapping_type = UNSET
        elif isinstance(
            self.mapping_type, DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType
        ):
            mapping_type = self.mapping_type.value
        else:
            mapping_type = self.mapping_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_attribute_path is not UNSET and (
            response_attribute_path is not None or "response_attribute_path" in self._received
        ):
            field_dict["response_attribute_path"] = response_attribute_path
        if intercom_attribute_identifier is not UNSET and (
            intercom_attribute_identifier is not None or "intercom_attribute_identifier" in self._received
        ):
            field_dict["intercom_attribute_identifier"] = intercom_attribute_identifier
        if mapping_type is not UNSET and (mapping_type is not None or "mapping_type" in self._received):
            field_dict["mapping_type"] = mapping_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        response_attribute_path = d.pop("response_attribute_path", None)

        intercom_attribute_identifier = d.pop("intercom_attribute_identifier", None)

        def _parse_mapping_type(
            data: object,
        ) -> DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mapping_type_type_1 = DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType(
                    data
                )

                return mapping_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType | None | Unset, data
            )

        mapping_type = _parse_mapping_type(d.pop("mapping_type", None))

        data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item = cls(
            response_attribute_path=response_attribute_path,
            intercom_attribute_identifier=intercom_attribute_identifier,
            mapping_type=mapping_type,
        )

        data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item._received = src_dict.keys()

        data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item.additional_properties = d
        return data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
