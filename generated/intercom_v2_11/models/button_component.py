from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.button_component_style import ButtonComponentStyle
from ..models.button_component_type import ButtonComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent


T = TypeVar("T", bound="ButtonComponent")


@_attrs_define
class ButtonComponent:
    """A button component is used to take an action by clicking a button. This can either:
    - [Trigger a submit request to be sent](https://developers.intercom.com/docs/references/canvas-
    kit/actioncomponents/submit-action) Inbox Messenger
    - [Open a link in a new page](https://developers.intercom.com/docs/references/canvas-kit/actioncomponents/url-
    action) Inbox Messenger
    - [Open a sheet](https://developers.intercom.com/docs/references/canvas-kit/actioncomponents/sheets-action)
    Messenger

        Attributes:
            type_ (ButtonComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            label (str): The text that will be rendered inside the button.
            action (SheetActionComponent | SubmitActionComponent | UrlActionComponent):
            style (ButtonComponentStyle | Unset): Styles the button. Default is 'primary'. Default:
                ButtonComponentStyle.PRIMARY.
            disabled (bool | Unset): Styles the button and prevents the action. Default is false. Default: False.
    """

    type_: ButtonComponentType
    id: str
    label: str
    action: SheetActionComponent | SubmitActionComponent | UrlActionComponent
    style: ButtonComponentStyle | Unset = ButtonComponentStyle.PRIMARY
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        id = self.id

        label = self.label

        action: dict[str, Any]
        if (
            isinstance(self.action, SheetActionComponent)
            or isinstance(self.action, UrlActionComponent)
            or isinstance(self.action, SubmitActionComponent)
        ):
            action = self.action.to_dict()
        else:
            action = self.action

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "label": label,
                "action": action,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = ButtonComponentType(d.pop("type"))

        id = d.pop("id")

        label = d.pop("label")

        def _parse_action(data: object) -> SheetActionComponent | SubmitActionComponent | UrlActionComponent:
            if not isinstance(data, dict):
                return cast(SheetActionComponent | SubmitActionComponent | UrlActionComponent, data)
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
            return cast(SheetActionComponent | SubmitActionComponent | UrlActionComponent, data)

        action = _parse_action(d.pop("action"))

        _style = d.pop("style", UNSET)
        style: ButtonComponentStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = ButtonComponentStyle(_style)

        disabled = d.pop("disabled", UNSET)

        button_component = cls(
            type_=type_,
            id=id,
            label=label,
            action=action,
            style=style,
            disabled=disabled,
        )

        button_component.additional_properties = d
        return button_component

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
