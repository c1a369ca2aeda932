from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_item_type import ListItemType
from ..types import UNSET, Unset
from .list_item import ListItem

if TYPE_CHECKING:
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent


T = TypeVar("T", bound="ListItemWithoutImage")


@_attrs_define
class ListItemWithoutImage(ListItem):
    """
    Attributes:
        type_ (ListItemType): The type of component you are rendering.
        id (str): A unique identifier for the item.
        title (str): The text shown as the title for the item.
        subtitle (str | Unset): The text shown underneath the item's title.
        tertiary_text (str | Unset): The text shown next to the subtitle, separates by a bullet.
        rounded_image (bool | Unset): Rounds the corners of the image. Default is `false`. Default: False.
        disabled (bool | Unset): Styles all list items and prevents the action. Default is `false`. Default: False.
        action (SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent):
        image (str | Unset): An image that will be displayed to the left of the item.
        image_width (int | Unset): The exact width of the image in pixels.
        image_height (int | Unset): The exact height of the image in pixels.
    """

    type_: ListItemType
    id: str
    title: str
    subtitle: str | Unset = UNSET
    tertiary_text: str | Unset = UNSET
    rounded_image: bool | Unset = False
    disabled: bool | Unset = False
    action: SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent = UNSET
    image: str | Unset = UNSET
    image_width: int | Unset = UNSET
    image_height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        id = self.id

        title = self.title

        subtitle = self.subtitle

        tertiary_text = self.tertiary_text

        rounded_image = self.rounded_image

        disabled = self.disabled

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif (
            isinstance(self.action, SheetActionComponent)
            or isinstance(self.action, UrlActionComponent)
            or isinstance(self.action, SubmitActionComponent)
        ):
            action = self.action.to_dict()
        else:
            action = self.action

        image = self.image

        image_width = self.image_width

        image_height = self.image_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "title": title,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if tertiary_text is not UNSET:
            field_dict["tertiary_text"] = tertiary_text
        if rounded_image is not UNSET:
            field_dict["rounded_image"] = rounded_image
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if action is not UNSET:
            field_dict["action"] = action
        if image is not UNSET:
            field_dict["image"] = image
        if image_width is not UNSET:
            field_dict["image_width"] = image_width
        if image_height is not UNSET:
            field_dict["image_height"] = image_height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = ListItemType(d.pop("type"))

        id = d.pop("id")

        title = d.pop("title")

        subtitle = d.pop("subtitle", UNSET)

        tertiary_text = d.pop("tertiary_text", UNSET)

        rounded_image = d.pop("rounded_image", UNSET)

        disabled = d.pop("disabled", UNSET)

        def _parse_action(data: object) -> SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                return cast(SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent, data)
            discriminator_value = data.get("type")
            if discriminator_value == "sheet":
                componentsschemasaction_component_type_0 = SheetActionComponent.from_dict(data)

                return componentsschemasaction_component_type_0
            if discriminator_value == "url":
                componentsschemasaction_component_type_1 = UrlActionComponent.from_dict(data)

                return componentsschemasaction_component_type_1
            if discriminator_value == "submit":
                componentsschemasaction_component_type_2 = SubmitActionComponent.from_dict(data)

                return componentsschemasaction_component_type_2
            # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
            return cast(SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent, data)

        action = _parse_action(d.pop("action", UNSET))

        image = d.pop("image", UNSET)

        image_width = d.pop("image_width", UNSET)

        image_height = d.pop("image_height", UNSET)

        list_item_without_image = cls(
            type_=type_,
            id=id,
            title=title,
            subtitle=subtitle,
            tertiary_text=tertiary_text,
            rounded_image=rounded_image,
            disabled=disabled,
            action=action,
            image=image,
            image_width=image_width,
            image_height=image_height,
        )

        list_item_without_image.additional_properties = d
        return list_item_without_image

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
    global _lazy_loaded, SheetActionComponent, SubmitActionComponent, UrlActionComponent
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent

    _lazy_loaded = True
