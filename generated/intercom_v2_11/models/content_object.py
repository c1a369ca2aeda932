from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.button_component import ButtonComponent
    from ..models.checkbox_component import CheckboxComponent
    from ..models.data_table_component import DataTableComponent
    from ..models.divider_component import DividerComponent
    from ..models.dropdown_component import DropdownComponent
    from ..models.image_component import ImageComponent
    from ..models.input_component import InputComponent
    from ..models.list_component import ListComponent
    from ..models.single_select_component import SingleSelectComponent
    from ..models.spacer_component import SpacerComponent
    from ..models.text_area_component import TextAreaComponent
    from ..models.text_component import TextComponent


T = TypeVar("T", bound="ContentObject")


@_attrs_define
class ContentObject:
    """The content object is where you specify the UI of your app. You provide us with a set of `components` in a
    components array that we then render.

    The content object should usually be returned within the [canvas
    object](https://developers.intercom.com/docs/references/canvas-kit/responseobjects/canvas). If you're responding to
    a Live Canvas request however, then you should only respond with the content object.

        Attributes:
            components (list[ButtonComponent | CheckboxComponent | DataTableComponent | DividerComponent | DropdownComponent
                | ImageComponent | InputComponent | ListComponent | SingleSelectComponent | SpacerComponent | TextAreaComponent
                | TextComponent]): The list of components to be rendered.
    """

    components: list[
        ButtonComponent
        | CheckboxComponent
        | DataTableComponent
        | DividerComponent
        | DropdownComponent
        | ImageComponent
        | InputComponent
        | ListComponent
        | SingleSelectComponent
        | SpacerComponent
        | TextAreaComponent
        | TextComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        components = []
        for components_item_data in self.components:
            components_item: dict[str, Any]
            if (
                isinstance(components_item_data, ButtonComponent)
                or isinstance(components_item_data, CheckboxComponent)
                or isinstance(components_item_data, DropdownComponent)
                or isinstance(components_item_data, InputComponent)
                or isinstance(components_item_data, ListComponent)
                or isinstance(components_item_data, SingleSelectComponent)
                or isinstance(components_item_data, TextAreaComponent)
                or isinstance(components_item_data, DataTableComponent)
                or isinstance(components_item_data, DividerComponent)
                or isinstance(components_item_data, ImageComponent)
                or isinstance(components_item_data, SpacerComponent)
            ):
                components_item = components_item_data.to_dict()
            else:
                components_item = components_item_data.to_dict()

            components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        components = []
        _components = d.pop("components")
        for components_item_data in _components:

            def _parse_components_item(
                data: object,
            ) -> (
                ButtonComponent
                | CheckboxComponent
                | DataTableComponent
                | DividerComponent
                | DropdownComponent
                | ImageComponent
                | InputComponent
                | ListComponent
                | SingleSelectComponent
                | SpacerComponent
                | TextAreaComponent
                | TextComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_0 = ButtonComponent.from_dict(data)

                    return componentsschemascomponent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_1 = CheckboxComponent.from_dict(data)

                    return componentsschemascomponent_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_2 = DropdownComponent.from_dict(data)

                    return componentsschemascomponent_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_3 = InputComponent.from_dict(data)

                    return componentsschemascomponent_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_4 = ListComponent.from_dict(data)

                    return componentsschemascomponent_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_5 = SingleSelectComponent.from_dict(data)

                    return componentsschemascomponent_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_6 = TextAreaComponent.from_dict(data)

                    return componentsschemascomponent_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_7 = DataTableComponent.from_dict(data)

                    return componentsschemascomponent_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_8 = DividerComponent.from_dict(data)

                    return componentsschemascomponent_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_9 = ImageComponent.from_dict(data)

                    return componentsschemascomponent_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascomponent_type_10 = SpacerComponent.from_dict(data)

                    return componentsschemascomponent_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascomponent_type_11 = TextComponent.from_dict(data)

                return componentsschemascomponent_type_11

            components_item = _parse_components_item(components_item_data)

            components.append(components_item)

        content_object = cls(
            components=components,
        )

        content_object.additional_properties = d
        return content_object

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
    global \
        _lazy_loaded, \
        ButtonComponent, \
        CheckboxComponent, \
        DataTableComponent, \
        DividerComponent, \
        DropdownComponent, \
        ImageComponent, \
        InputComponent, \
        ListComponent, \
        SingleSelectComponent, \
        SpacerComponent, \
        TextAreaComponent, \
        TextComponent
    from ..models.button_component import ButtonComponent
    from ..models.checkbox_component import CheckboxComponent
    from ..models.data_table_component import DataTableComponent
    from ..models.divider_component import DividerComponent
    from ..models.dropdown_component import DropdownComponent
    from ..models.image_component import ImageComponent
    from ..models.input_component import InputComponent
    from ..models.list_component import ListComponent
    from ..models.single_select_component import SingleSelectComponent
    from ..models.spacer_component import SpacerComponent
    from ..models.text_area_component import TextAreaComponent
    from ..models.text_component import TextComponent

    _lazy_loaded = True
