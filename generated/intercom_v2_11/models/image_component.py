from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_component_align import ImageComponentAlign
from ..models.image_component_bottom_margin import ImageComponentBottomMargin
from ..models.image_component_type import ImageComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.url_action_component import UrlActionComponent


T = TypeVar("T", bound="ImageComponent")


@_attrs_define
class ImageComponent:
    """An image component is used to display an image.

    HTTPS Images:
    If your request URLs (or website URLs) are over HTTPS, you will need to ensure that images are loaded over HTTPS
    likewise. Otherwise, they will not work.

        Attributes:
            type_ (ImageComponentType): The type of component you are rendering.
            url (str): The URL where the image is located.
            width (int): The exact width of the image in pixels.
            height (int): The exact height of the image in pixels.
            id (str | Unset): A unique identifier for the component.
            align (ImageComponentAlign | Unset): Aligns the image inside the component. Default is `left`. Default:
                ImageComponentAlign.LEFT.
            rounded (bool | Unset): Rounds the corners of the image. Default is `false`. Default: False.
            bottom_margin (ImageComponentBottomMargin | Unset): Disables a component's margin-bottom of 10px.
            action (UrlActionComponent | Unset): A URL action opens a given link in a new browser tab.
    """

    type_: ImageComponentType
    url: str
    width: int
    height: int
    id: str | Unset = UNSET
    align: ImageComponentAlign | Unset = ImageComponentAlign.LEFT
    rounded: bool | Unset = False
    bottom_margin: ImageComponentBottomMargin | Unset = UNSET
    action: UrlActionComponent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        url = self.url

        width = self.width

        height = self.height

        id = self.id

        align: str | Unset = UNSET
        if not isinstance(self.align, Unset):
            align = self.align.value

        rounded = self.rounded

        bottom_margin: str | Unset = UNSET
        if not isinstance(self.bottom_margin, Unset):
            bottom_margin = self.bottom_margin.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "width": width,
                "height": height,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if align is not UNSET:
            field_dict["align"] = align
        if rounded is not UNSET:
            field_dict["rounded"] = rounded
        if bottom_margin is not UNSET:
            field_dict["bottom_margin"] = bottom_margin
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = ImageComponentType(d.pop("type"))

        url = d.pop("url")

        width = d.pop("width")

        height = d.pop("height")

        id = d.pop("id", UNSET)

        _align = d.pop("align", UNSET)
        align: ImageComponentAlign | Unset
        if isinstance(_align, Unset):
            align = UNSET
        else:
            align = ImageComponentAlign(_align)

        rounded = d.pop("rounded", UNSET)

        _bottom_margin = d.pop("bottom_margin", UNSET)
        bottom_margin: ImageComponentBottomMargin | Unset
        if isinstance(_bottom_margin, Unset):
            bottom_margin = UNSET
        else:
            bottom_margin = ImageComponentBottomMargin(_bottom_margin)

        _action = d.pop("action", UNSET)
        action: UrlActionComponent | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = UrlActionComponent.from_dict(_action)

        image_component = cls(
            type_=type_,
            url=url,
            width=width,
            height=height,
            id=id,
            align=align,
            rounded=rounded,
            bottom_margin=bottom_margin,
            action=action,
        )

        image_component.additional_properties = d
        return image_component

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
    global _lazy_loaded, UrlActionComponent
    from ..models.url_action_component import UrlActionComponent

    _lazy_loaded = True
