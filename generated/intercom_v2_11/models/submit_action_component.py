from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_action_component_type import SubmitActionComponentType

T = TypeVar("T", bound="SubmitActionComponent")


@_attrs_define
class SubmitActionComponent:
    """A submit action triggers a [Submit Request](https://developers.intercom.com/docs/canvas-kit#submit-request) to be
    sent. This request will include all values which have been entered into all the interactive components on the
    current canvas.

        Attributes:
            type_ (SubmitActionComponentType): The type of action you are attaching to a component.
    """

    type_: SubmitActionComponentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SubmitActionComponentType(d.pop("type"))

        submit_action_component = cls(
            type_=type_,
        )

        submit_action_component.additional_properties = d
        return submit_action_component

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
