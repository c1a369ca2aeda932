from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
                or isinstance(components_item_data, TextComponent)
            ):
                components_item = components_item_data.to_dict()
            else:
                components_item = components_item_data
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
                if not isinstance(data, dict):
                    return cast(
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
                        | TextComponent,
                        data,
                    )
                discriminator_value = data.get("type")
                if discriminator_value == "button":
                    componentsschemascomponent_type_0 = ButtonComponent.from_dict(data)

                    return componentsschemascomponent_type_0
                if discriminator_value == "checkbox":
                    componentsschemascomponent_type_1 = CheckboxComponent.from_dict(data)

                    return componentsschemascomponent_type_1
                if discriminator_value == "dropdown":
                    componentsschemascomponent_type_2 = DropdownComponent.from_dict(data)

                    return componentsschemascomponent_type_2
                if discriminator_value == "input":
                    componentsschemascomponent_type_3 = InputComponent.from_dict(data)

                    return componentsschemascomponent_type_3
                if discriminator_value == "list":
                    componentsschemascomponent_type_4 = ListComponent.from_dict(data)

                    return componentsschemascomponent_type_4
                if discriminator_value == "single-select":
                    componentsschemascomponent_type_5 = SingleSelectComponent.from_dict(data)

                    return componentsschemascomponent_type_5
                if discriminator_value == "textarea":
                    componentsschemascomponent_type_6 = TextAreaComponent.from_dict(data)

                    return componentsschemascomponent_type_6
                if discriminator_value == "data-table":
                    componentsschemascomponent_type_7 = DataTableComponent.from_dict(data)

                    return componentsschemascomponent_type_7
                if discriminator_value == "divider":
                    componentsschemascomponent_type_8 = DividerComponent.from_dict(data)

                    return componentsschemascomponent_type_8
                if discriminator_value == "image":
                    componentsschemascomponent_type_9 = ImageComponent.from_dict(data)

                    return componentsschemascomponent_type_9
                if discriminator_value == "spacer":
                    componentsschemascomponent_type_10 = SpacerComponent.from_dict(data)

                    return componentsschemascomponent_type_10
                if discriminator_value == "text":
                    componentsschemascomponent_type_11 = TextComponent.from_dict(data)

                    return componentsschemascomponent_type_11
                # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
                return cast(
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
                    | TextComponent,
                    data,
                )

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
