from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_component_align import TextComponentAlign
from ..models.text_component_bottom_margin import TextComponentBottomMargin
from ..models.text_component_style import TextComponentStyle
from ..models.text_component_type import TextComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextComponent")


@_attrs_define
class TextComponent:
    """A text component is used for rendering blocks of text. Links and bold font can be rendered through Markdown. There
    are different styles provided which edit the color, weight, and font size. These cannot be edited through Markdown.

        Attributes:
            type_ (TextComponentType): The type of component you are rendering.
            text (str): The text that will be rendered.
            id (str | Unset): A unique identifier for the component.
            align (TextComponentAlign | Unset): Aligns the text. Default is `left`. Default: TextComponentAlign.LEFT.
            style (TextComponentStyle | Unset): Styles the text. Default is `paragraph`. Default:
                TextComponentStyle.PARAGRAPH.
            bottom_margin (TextComponentBottomMargin | Unset): Disables a component's margin-bottom of 10px.
    """

    type_: TextComponentType
    text: str
    id: str | Unset = UNSET
    align: TextComponentAlign | Unset = TextComponentAlign.LEFT
    style: TextComponentStyle | Unset = TextComponentStyle.PARAGRAPH
    bottom_margin: TextComponentBottomMargin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        id = self.id

        align: str | Unset = UNSET
        if not isinstance(self.align, Unset):
            align = self.align.value

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        bottom_margin: str | Unset = UNSET
        if not isinstance(self.bottom_margin, Unset):
            bottom_margin = self.bottom_margin.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if align is not UNSET:
            field_dict["align"] = align
        if style is not UNSET:
            field_dict["style"] = style
        if bottom_margin is not UNSET:
            field_dict["bottom_margin"] = bottom_margin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = TextComponentType(d.pop("type"))

        text = d.pop("text")

        id = d.pop("id", UNSET)

        _align = d.pop("align", UNSET)
        align: TextComponentAlign | Unset
        if isinstance(_align, Unset):
            align = UNSET
        else:
            align = TextComponentAlign(_align)

        _style = d.pop("style", UNSET)
        style: TextComponentStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = TextComponentStyle(_style)

        _bottom_margin = d.pop("bottom_margin", UNSET)
        bottom_margin: TextComponentBottomMargin | Unset
        if isinstance(_bottom_margin, Unset):
            bottom_margin = UNSET
        else:
            bottom_margin = TextComponentBottomMargin(_bottom_margin)

        text_component = cls(
            type_=type_,
            text=text,
            id=id,
            align=align,
            style=style,
            bottom_margin=bottom_margin,
        )

        text_component.additional_properties = d
        return text_component

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
