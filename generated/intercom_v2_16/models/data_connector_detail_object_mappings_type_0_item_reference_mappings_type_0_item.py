from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item_intercom_object_type import (
    DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType,
)
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item")


@_attrs_define
class DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item:
    """
    Attributes:
        intercom_object_type (DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType |
            None):
        intercom_attribute_identifier (None | str):
    """

    intercom_object_type: (
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType | None
    ) = None
    intercom_attribute_identifier: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        intercom_object_type: None | str | Unset
        if isinstance(self.intercom_object_type, Unset):
            intercom_object_type = UNSET
        elif isinstance(
            self.intercom_object_type,
            DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType,
        ):
            intercom_object_type = self.intercom_object_type.value
        else:
            intercom_object_type = self.intercom_object_type

        intercom_attribute_identifier: None | str | Unset
        if isinstance(self.intercom_attribute_identifier, Unset):
            intercom_attribute_identifier = UNSET
        else:
            intercom_attribute_identifier = self.intercom_attribute_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intercom_object_type is not UNSET and (
            intercom_object_type is not None or "intercom_object_type" in self._received
        ):
            field_dict["intercom_object_type"] = intercom_object_type
        if intercom_attribute_identifier is not UNSET and (
            intercom_attribute_identifier is not None or "intercom_attribute_identifier" in self._received
        ):
            field_dict["intercom_attribute_identifier"] = intercom_attribute_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item:
            cls.__init__(self)
        intercom_object_type = src_dict.get("intercom_object_type")
        if isinstance(intercom_object_type, str):
            try:
                intercom_object_type_type_1 = (
                    DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType(
                        intercom_object_type
                    )
                )

                intercom_object_type = intercom_object_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.intercom_object_type = intercom_object_type

        self.intercom_attribute_identifier = src_dict.get("intercom_attribute_identifier")

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
        "intercom_object_type",
        "intercom_attribute_identifier",
    }
)
