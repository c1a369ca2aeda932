from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )


T = TypeVar("T", bound="ListReportingDatasetsResponse200DataType0Item")


@_attrs_define
class ListReportingDatasetsResponse200DataType0Item:
    """
    Attributes:
        id (None | str | Unset):  Example: conversation.
        name (None | str | Unset):  Example: Conversation.
        description (None | str | Unset):  Example: Conversation-level details: status, channel, assignee..
        default_time_attribute_id (None | str | Unset):  Example: conversation_started_at.
        attributes (list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default_time_attribute_id: None | str | Unset = UNSET
    attributes: list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default_time_attribute_id is not UNSET:
            field_dict["default_time_attribute_id"] = default_time_attribute_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        default_time_attribute_id = d.pop("default_time_attribute_id", UNSET)

        def _parse_attributes(
            data: object,
        ) -> list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = ListReportingDatasetsResponse200DataType0ItemAttributesType0Item.from_dict(
                        attributes_type_0_item_data
                    )

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListReportingDatasetsResponse200DataType0ItemAttributesType0Item] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        list_reporting_datasets_response_200_data_type_0_item = cls(
            id=id,
            name=name,
            description=description,
            default_time_attribute_id=default_time_attribute_id,
            attributes=attributes,
        )

        list_reporting_datasets_response_200_data_type_0_item.additional_properties = d
        return list_reporting_datasets_response_200_data_type_0_item

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
    global _lazy_loaded, ListReportingDatasetsResponse200DataType0ItemAttributesType0Item
    from ..models.list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )

    _lazy_loaded = True
