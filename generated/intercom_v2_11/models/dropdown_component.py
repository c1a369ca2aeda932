from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dropdown_component_save_state import DropdownComponentSaveState
from ..models.dropdown_component_type import DropdownComponentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dropdown_option import DropdownOption


T = TypeVar("T", bound="DropdownComponent")


@_attrs_define
class DropdownComponent:
    """A dropdown component is used to capture a choice from the options that you provide.

    When submitted, the dropdown choices are returned in a hash with the id from the dropdown component used as the key
    and the id from the chosen option as the value.

        Attributes:
            type_ (DropdownComponentType): The type of component you are rendering.
            id (str): A unique identifier for the component.
            options (list[DropdownOption]): The list of options. Can provide 2 to 10.
            label (str | Unset): The text shown above the dropdown.
            value (str | Unset): The option that is selected by default.
            save_state (DropdownComponentSaveState | Unset): Styles all options and prevents the action. Default is
                `unsaved`. Will be overridden if `save_state` is `saved`. Default: DropdownComponentSaveState.UNSAVED.
            disabled (bool | Unset): Styles all options and prevents the action. Default is false. Will be overridden if
                save_state is saved. Default: False.
    """

    type_: DropdownComponentType
    id: str
    options: list[DropdownOption]
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    save_state: DropdownComponentSaveState | Unset = DropdownComponentSaveState.UNSAVED
    disabled: bool | Unset = False
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = DropdownComponentType(d.pop("type"))

        id = d.pop("id")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = DropdownOption.from_dict(options_item_data)

            options.append(options_item)

        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        _save_state = d.pop("save_state", UNSET)
        save_state: DropdownComponentSaveState | Unset
        if isinstance(_save_state, Unset):
            save_state = UNSET
        else:
            save_state = DropdownComponentSaveState(_save_state)

        disabled = d.pop("disabled", UNSET)

        dropdown_component = cls(
            type_=type_,
            id=id,
            options=options,
            label=label,
            value=value,
            save_state=save_state,
            disabled=disabled,
        )

        dropdown_component.additional_properties = d
        return dropdown_component

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
    global _lazy_loaded, DropdownOption
    from ..models.dropdown_option import DropdownOption

    _lazy_loaded = True
