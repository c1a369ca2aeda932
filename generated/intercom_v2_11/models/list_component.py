from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_component_type import ListComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item_with_image import ListItemWithImage
    from ..models.list_item_without_image import ListItemWithoutImage


T = TypeVar("T", bound="ListComponent")


@_attrs_define
class ListComponent:
    """A list component renders a list of items which you provide in an array. You can make each list item take an action
    by adding the relevant action object to the item:

    - [Trigger a submit request to be sent](https://developers.intercom.com/docs/references/canvas-
    kit/actioncomponents/submit-action) Inbox Messenger
    - [Open a link in a new page](https://developers.intercom.com/docs/references/canvas-kit/actioncomponents/url-
    action) Inbox Messenger
    - [Open a sheet](https://developers.intercom.com/docs/references/canvas-kit/actioncomponents/sheets-action)
    Messenger

        Attributes:
            type_ (ListComponentType): The type of component you are rendering.
            items (list[ListItemWithImage | ListItemWithoutImage]): The items that will be rendered in the list.
            disabled (bool | Unset): Styles all list items and prevents the action. Default is `false`. Default: False.
    """

    type_: ListComponentType
    items: list[ListItemWithImage | ListItemWithoutImage]
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ListItemWithImage):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "items": items,
            }
        )
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = ListComponentType(d.pop("type"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ListItemWithImage | ListItemWithoutImage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = ListItemWithImage.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_1 = ListItemWithoutImage.from_dict(data)

                return items_item_type_1

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        disabled = d.pop("disabled", UNSET)

        list_component = cls(
            type_=type_,
            items=items,
            disabled=disabled,
        )

        list_component.additional_properties = d
        return list_component

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
    global _lazy_loaded, ListItemWithImage, ListItemWithoutImage
    from ..models.list_item_with_image import ListItemWithImage
    from ..models.list_item_without_image import ListItemWithoutImage

    _lazy_loaded = True
