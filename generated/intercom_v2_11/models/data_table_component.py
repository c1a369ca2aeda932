from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_table_component_type import DataTableComponentType

if TYPE_CHECKING:
    from ..models.data_table_item import DataTableItem


T = TypeVar("T", bound="DataTableComponent")


@_attrs_define
class DataTableComponent:
    """A data-table component is used for rendering a table of key-value pairs. For Messenger, text will wrap around on
    multiple lines. For Inbox and Frame (ie. Configure) views, we will truncate and use tooltips on hover if the text
    overflows.

        Attributes:
            type_ (DataTableComponentType): The type of component you are rendering.
            items (list[DataTableItem]): The items that will be rendered in the data-table.
    """

    type_: DataTableComponentType
    items: list[DataTableItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = DataTableComponentType(d.pop("type"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = DataTableItem.from_dict(items_item_data)

            items.append(items_item)

        data_table_component = cls(
            type_=type_,
            items=items,
        )

        data_table_component.additional_properties = d
        return data_table_component

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
    global _lazy_loaded, DataTableItem
    from ..models.data_table_item import DataTableItem

    _lazy_loaded = True
