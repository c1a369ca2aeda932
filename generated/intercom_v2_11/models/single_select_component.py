from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.single_select_component_save_state import SingleSelectComponentSaveState
from ..models.single_select_component_type import SingleSelectComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.single_select_option import SingleSelectOption
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent


T = TypeVar("T", bound="SingleSelectComponent")


@_attrs_define
class SingleSelectComponent:
    """A single-select component is used to capture a choice from up to 10 options that you provide. You can submit the
    value of the select option by:

    - Adding an `action` to the single-select component
    - Using a ButtonComponent (which will submit all interactive components in the canvas)

    When a submit action takes place, the results are given in a hash with the `id` from the single-select component
    used as the key and the `id` from the chosen option as the value.

        Attributes:
            type_ (SingleSelectComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            options (list[SingleSelectOption]): The list of options. Can provide 2 to 10.
            label (str | Unset): The text shown above the options.
            value (str | Unset): The option that is selected by default.
            save_state (SingleSelectComponentSaveState | Unset): Styles the input. Default is `unsaved`. Prevent action with
                `saved`. Default: SingleSelectComponentSaveState.UNSAVED.
            disabled (bool | Unset): Styles all options and prevents the action. Default is false. Will be overridden if
                save_state is saved. Default: False.
            action (SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent):
    """

    type_: SingleSelectComponentType
    id: str
    options: list[SingleSelectOption]
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    save_state: SingleSelectComponentSaveState | Unset = SingleSelectComponentSaveState.UNSAVED
    disabled: bool | Unset = False
    action: SheetActionComponent | SubmitActionComponent | Unset | UrlActionComponent = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        id = self.id

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        label = self.label

        value = self.value

        save_state: str | Unset = UNSET
        if not isinstance(self.save_state, Unset):
            save_state = self.save_state.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "options": options,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if save_state is not UNSET:
            field_dict["save_state"] = save_state
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = SingleSelectComponentType(d.pop("type"))

        id = d.pop("id")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = SingleSelectOption.from_dict(options_item_data)

            options.append(options_item)

        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        _save_state = d.pop("save_state", UNSET)
        save_state: SingleSelectComponentSaveState | Unset
        if isinstance(_save_state, Unset):
            save_state = UNSET
        else:
            save_state = SingleSelectComponentSaveState(_save_state)

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

        single_select_component = cls(
            type_=type_,
            id=id,
            options=options,
            label=label,
            value=value,
            save_state=save_state,
            disabled=disabled,
            action=action,
        )

        single_select_component.additional_properties = d
        return single_select_component

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
    global _lazy_loaded, SheetActionComponent, SingleSelectOption, SubmitActionComponent, UrlActionComponent
    from ..models.sheet_action_component import SheetActionComponent
    from ..models.single_select_option import SingleSelectOption
    from ..models.submit_action_component import SubmitActionComponent
    from ..models.url_action_component import UrlActionComponent

    _lazy_loaded = True
