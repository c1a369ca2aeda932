from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_object_instance import CustomObjectInstance


T = TypeVar("T", bound="CustomObjectInstanceList")


@_attrs_define
class CustomObjectInstanceList:
    """The list of associated custom object instances for a given reference attribute on the parent object.

    Attributes:
        type_ (str | Unset):  Example: order.list.
        instances (list[CustomObjectInstance | None] | Unset): The list of associated custom object instances for a
            given reference attribute on the parent object.
    """

    type_: str | Unset = UNSET
    instances: list[CustomObjectInstance | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_

        instances: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item: dict[str, Any] | None
                if isinstance(instances_item_data, CustomObjectInstance):
                    instances_item = instances_item_data.to_dict()
                else:
                    instances_item = instances_item_data
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _instances = d.pop("instances", UNSET)
        instances: list[CustomObjectInstance | None] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = instances_item_data
                if isinstance(instances_item, dict):
                    try:
                        instances_item_type_0 = CustomObjectInstance.from_dict(instances_item)

                        instances_item = instances_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                instances.append(instances_item)

        custom_object_instance_list = cls(
            type_=type_,
            instances=instances,
        )

        custom_object_instance_list.additional_properties = d
        return custom_object_instance_list

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
    global _lazy_loaded, CustomObjectInstance
    from ..models.custom_object_instance import CustomObjectInstance

    _lazy_loaded = True
