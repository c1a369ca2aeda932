from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_component_save_state import InputComponentSaveState
from ..models.input_component_type import InputComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent


T = TypeVar("T", bound="InputComponent")


@_attrs_define
class InputComponent:
    """An input component is used to capture text input from the end user. You can submit the value of the input by:

    - Adding an `action` to the input component (which will render an inline button)
    - Using a ButtonComponent (which will submit all interactive components in the canvas)

        Attributes:
            type_ (InputComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            label (str | Unset): The text shown above the input.
            placeholder (str | Unset): An example value shown inside the component when it's empty.
            value (str | Unset): An entered value which is already inside the component.
            action (SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent):
            save_state (InputComponentSaveState | Unset): Styles the input. Default is `unsaved`. Prevent action with
                `saved`. Default: InputComponentSaveState.UNSAVED.
            disabled (bool | Unset): Styles the input and prevents the action. Default is false. Will be overridden if
                save_state is saved. Default: False.
    """

    type_: InputComponentType
    id: str
    label: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    value: str | Unset = UNSET
    action: SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent = UNSET
    save_state: InputComponentSaveState | Unset = InputComponentSaveState.UNSAVED
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        id = self.id

        label = self.label

        placeholder = self.placeholder

        value = self.value

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

        save_state: str | Unset = UNSET
        if not isinstance(self.save_state, Unset):
            save_state = self.save_state.value

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if value is not UNSET:
            field_dict["value"] = value
        if action is not UNSET:
            field_dict["action"] = action
        if save_state is not UNSET:
            field_dict["save_state"] = save_state
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = InputComponentType(d.pop("type"))

        id = d.pop("id")

        label = d.pop("label", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        value = d.pop("value", UNSET)

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

        _save_state = d.pop("save_state", UNSET)
        save_state: InputComponentSaveState | Unset
        if isinstance(_save_state, Unset):
            save_state = UNSET
        else:
            save_state = InputComponentSaveState(_save_state)

        disabled = d.pop("disabled", UNSET)

        input_component = cls(
            type_=type_,
            id=id,
            label=label,
            placeholder=placeholder,
            value=value,
            action=action,
            save_state=save_state,
            disabled=disabled,
        )

        input_component.additional_properties = d
        return input_component

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
