from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )


T = TypeVar("T", bound="ListReportingDatasetsResponse200DataType0Item")


@_attrs_define
class ListReportingDatasetsResponse200DataType0Item:
    """
    Attributes:
        id (None | str):  Example: conversation.
        name (None | str):  Example: Conversation.
        description (None | str):  Example: Conversation-level details: status, channel, assignee..
        default_time_attribute_id (None | str):  Example: conversation_started_at.
        attributes (list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None):
    """

    id: None | str = None
    name: None | str = None
    description: None | str = None
    default_time_attribute_id: None | str = None
    attributes: list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: None | str | Unset
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

        default_time_attribute_id: None | str | Unset
        if isinstance(self.default_time_attribute_id, Unset):
            default_time_attribute_id = UNSET
        else:
            default_time_attribute_id = self.default_time_attribute_id

        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if default_time_attribute_id is not UNSET and (
            default_time_attribute_id is not None or "default_time_attribute_id" in self._received
        ):
            field_dict["default_time_attribute_id"] = default_time_attribute_id
        if attributes is not UNSET and (attributes is not None or "attributes" in self._received):
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ListReportingDatasetsResponse200DataType0Item:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        self.default_time_attribute_id = src_dict.get("default_time_attribute_id")

        attributes = src_dict.get("attributes")
        if isinstance(attributes, list):
            try:
                attributes_type_0 = []
                _attributes_type_0 = attributes
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = ListReportingDatasetsResponse200DataType0ItemAttributesType0Item.from_dict(
                        attributes_type_0_item_data
                    )

                    attributes_type_0.append(attributes_type_0_item)

                attributes = attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attributes = attributes

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
        "id",
        "name",
        "description",
        "default_time_attribute_id",
        "attributes",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ListReportingDatasetsResponse200DataType0ItemAttributesType0Item
    from ..models.list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )

    _lazy_loaded = True
