from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_or_update_custom_object_instance_request_custom_attributes_type_0 import (
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0,
    )


T = TypeVar("T", bound="CreateOrUpdateCustomObjectInstanceRequest")


@_attrs_define
class CreateOrUpdateCustomObjectInstanceRequest:
    """Payload to create or update a Custom Object instance

    Attributes:
        external_id (str | Unset): A unique identifier for the Custom Object instance in the external system it
            originated from.
        external_created_at (int | None | Unset): The time when the Custom Object instance was created in the external
            system it originated from. Example: 1571672154.
        external_updated_at (int | None | Unset): The time when the Custom Object instance was last updated in the
            external system it originated from. Example: 1571672154.
        custom_attributes (CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0 | None | Unset): The custom
            attributes which are set for the Custom Object instance.
    """

    external_id: str | Unset = UNSET
    external_created_at: int | None | Unset = UNSET
    external_updated_at: int | None | Unset = UNSET
    custom_attributes: CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        external_id = self.external_id

        external_created_at: int | None | Unset
        if isinstance(self.external_created_at, Unset):
            external_created_at = UNSET
        else:
            external_created_at = self.external_created_at

        external_updated_at: int | None | Unset
        if isinstance(self.external_updated_at, Unset):
            external_updated_at = UNSET
        else:
            external_updated_at = self.external_updated_at

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_created_at is not UNSET:
            field_dict["external_created_at"] = external_created_at
        if external_updated_at is not UNSET:
            field_dict["external_updated_at"] = external_updated_at
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        external_created_at = d.pop("external_created_at", UNSET)

        external_updated_at = d.pop("external_updated_at", UNSET)

        custom_attributes = d.pop("custom_attributes", UNSET)
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0.from_dict(
                    custom_attributes
                )

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_or_update_custom_object_instance_request = cls(
            external_id=external_id,
            external_created_at=external_created_at,
            external_updated_at=external_updated_at,
            custom_attributes=custom_attributes,
        )

        create_or_update_custom_object_instance_request.additional_properties = d
        return create_or_update_custom_object_instance_request

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
    global _lazy_loaded, CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0
    from ..models.create_or_update_custom_object_instance_request_custom_attributes_type_0 import (
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0,
    )

    _lazy_loaded = True
