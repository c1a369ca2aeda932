from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_object_mappings_type_0_item_intercom_object_type import (
    DataConnectorDetailObjectMappingsType0ItemIntercomObjectType,
)
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item,
    )
    from ..models.data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item,
    )


T = TypeVar("T", bound="DataConnectorDetailObjectMappingsType0Item")


@_attrs_define
class DataConnectorDetailObjectMappingsType0Item:
    """
    Attributes:
        response_object_path (None | str):
        intercom_object_type (DataConnectorDetailObjectMappingsType0ItemIntercomObjectType | None):
        attribute_mappings (list[DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item] | None):
        reference_mappings (list[DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item] | None):
    """

    response_object_path: None | str = None
    intercom_object_type: DataConnectorDetailObjectMappingsType0ItemIntercomObjectType | None = None
    attribute_mappings: list[DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item] | None = None
    reference_mappings: list[DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        response_object_path: None | str | Unset
        if isinstance(self.response_object_path, Unset):
            response_object_path = UNSET
        else:
            response_object_path = self.response_object_path

        intercom_object_type: None | str | Unset
        if isinstance(self.intercom_object_type, Unset):
            intercom_object_type = UNSET
        elif isinstance(self.intercom_object_type, DataConnectorDetailObjectMappingsType0ItemIntercomObjectType):
            intercom_object_type = self.intercom_object_type.value
        else:
            intercom_object_type = self.intercom_object_type

        attribute_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.attribute_mappings, Unset):
            attribute_mappings = UNSET
        elif isinstance(self.attribute_mappings, list):
            attribute_mappings = []
            for attribute_mappings_type_0_item_data in self.attribute_mappings:
                attribute_mappings_type_0_item = attribute_mappings_type_0_item_data.to_dict()
                attribute_mappings.append(attribute_mappings_type_0_item)

        else:
            attribute_mappings = self.attribute_mappings

        reference_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.reference_mappings, Unset):
            reference_mappings = UNSET
        elif isinstance(self.reference_mappings, list):
            reference_mappings = []
            for reference_mappings_type_0_item_data in self.reference_mappings:
                reference_mappings_type_0_item = reference_mappings_type_0_item_data.to_dict()
                reference_mappings.append(reference_mappings_type_0_item)

        else:
            reference_mappings = self.reference_mappings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_object_path is not UNSET and (
            response_object_path is not None or "response_object_path" in self._received
        ):
            field_dict["response_object_path"] = response_object_path
        if intercom_object_type is not UNSET and (
            intercom_object_type is not None or "intercom_object_type" in self._received
        ):
            field_dict["intercom_object_type"] = intercom_object_type
        if attribute_mappings is not UNSET and (
            attribute_mappings is not None or "attribute_mappings" in self._received
        ):
            field_dict["attribute_mappings"] = attribute_mappings
        if reference_mappings is not UNSET and (
            reference_mappings is not None or "reference_mappings" in self._received
        ):
            field_dict["reference_mappings"] = reference_mappings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not DataConnectorDetailObjectMappingsType0Item:
            cls.__init__(self)
        self.response_object_path = src_dict.get("response_object_path")

        intercom_object_type = src_dict.get("intercom_object_type")
        if isinstance(intercom_object_type, str):
            try:
                intercom_object_type_type_1 = DataConnectorDetailObjectMappingsType0ItemIntercomObjectType(
                    intercom_object_type
                )

                intercom_object_type = intercom_object_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.intercom_object_type = intercom_object_type

        attribute_mappings = src_dict.get("attribute_mappings")
        if isinstance(attribute_mappings, list):
            try:
                attribute_mappings_type_0 = []
                _attribute_mappings_type_0 = attribute_mappings
                for attribute_mappings_type_0_item_data in _attribute_mappings_type_0:
                    attribute_mappings_type_0_item = (
                        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item.from_dict(
                            attribute_mappings_type_0_item_data
                        )
                    )

                    attribute_mappings_type_0.append(attribute_mappings_type_0_item)

                attribute_mappings = attribute_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attribute_mappings = attribute_mappings

        reference_mappings = src_dict.get("reference_mappings")
        if isinstance(reference_mappings, list):
            try:
                reference_mappings_type_0 = []
                _reference_mappings_type_0 = reference_mappings
                for reference_mappings_type_0_item_data in _reference_mappings_type_0:
                    reference_mappings_type_0_item = (
                        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item.from_dict(
                            reference_mappings_type_0_item_data
                        )
                    )

                    reference_mappings_type_0.append(reference_mappings_type_0_item)

                reference_mappings = reference_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reference_mappings = reference_mappings

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
        "response_object_path",
        "intercom_object_type",
        "attribute_mappings",
        "reference_mappings",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item, \
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item
    from ..models.data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item,
    )
    from ..models.data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item,
    )

    _lazy_loaded = True
