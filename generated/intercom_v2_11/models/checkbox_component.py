from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkbox_component_save_state import CheckboxComponentSaveState
from ..models.checkbox_component_type import CheckboxComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkbox_option import CheckboxOption


T = TypeVar("T", bound="CheckboxComponent")


@_attrs_define
class CheckboxComponent:
    """A checkbox component is used to capture multiple choices from as many options as you want to provide. You can submit
    the options by:

    - Using a ButtonComponent (which will submit all interactive components in the canvas)

    When a submit action takes place, the results are given in a hash with the `id` from the checkbox component used as
    the key and an array containing the `id` of each chosen option as the value.

        Attributes:
            type_ (CheckboxComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            option (list[CheckboxOption]): The list of options. Minimum of 1.
            label (str): The text shown above the options.
            value (list[str] | Unset): The option's that are selected by default.
            save_state (CheckboxComponentSaveState | Unset): Styles the input. Default is `unsaved`. Prevent action with
                `saved`. Default: CheckboxComponentSaveState.UNSAVED.
            disabled (bool | Unset): Styles all options and prevents the action. Default is false. Will be overridden if
                save_state is saved. Default: False.
    """

    type_: CheckboxComponentType
    id: str
    option: list[CheckboxOption]
    label: str
    value: list[str] | Unset = UNSET
    save_state: CheckboxComponentSaveState | Unset = CheckboxComponentSaveState.UNSAVED
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_.value

        id = self.id

        option = []
        for option_item_data in self.option:
            option_item = option_item_data.to_dict()
            option.append(option_item)

        label = self.label

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

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
                "option": option,
                "label": label,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
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
        type_ = CheckboxComponentType(d.pop("type"))

        id = d.pop("id")

        option = []
        _option = d.pop("option")
        for option_item_data in _option:
            option_item = CheckboxOption.from_dict(option_item_data)

            option.append(option_item)

        label = d.pop("label")

        value = cast(list[str], d.pop("value", UNSET))

        _save_state = d.pop("save_state", UNSET)
        save_state: CheckboxComponentSaveState | Unset
        if isinstance(_save_state, Unset):
            save_state = UNSET
        else:
            save_state = CheckboxComponentSaveState(_save_state)

        disabled = d.pop("disabled", UNSET)

        checkbox_component = cls(
            type_=type_,
            id=id,
            option=option,
            label=label,
            value=value,
            save_state=save_state,
            disabled=disabled,
        )

        checkbox_component.additional_properties = d
        return checkbox_component

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
    global _lazy_loaded, CheckboxOption
    from ..models.checkbox_option import CheckboxOption

    _lazy_loaded = True
