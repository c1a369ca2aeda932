from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.custom_object_instance_custom_attributes_type_0 import CustomObjectInstanceCustomAttributesType0


T = TypeVar("T", bound="CustomObjectInstance")


@_attrs_define
class CustomObjectInstance:
    """A Custom Object Instance represents an instance of a custom object type. This allows you to create and set custom
    attributes to store data about your customers that is not already captured by Intercom. The parent object includes
    recommended default attributes and you can add your own custom attributes.

        Attributes:
            id (None | str): The Intercom defined id representing the custom object instance. Example: 16032025.
            external_id (None | str): The id you have defined for the custom object instance. Example:
                0001d1c1e65a7a19e9f59ae2.
            external_created_at (int | None): The time when the Custom Object instance was created in the external system it
                originated from. Example: 1571672154.
            external_updated_at (int | None): The time when the Custom Object instance was last updated in the external
                system it originated from. Example: 1571672154.
            created_at (int | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
            updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp Example: 1671028894.
            type_ (None | str): The identifier of the custom object type that defines the structure of the custom object
                instance. Example: Order.
            custom_attributes (CustomObjectInstanceCustomAttributesType0 | None): The custom attributes you have set on the
                custom object instance.
    """

    id: None | str = None
    external_id: None | str = None
    external_created_at: int | None = None
    external_updated_at: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    type_: None | str = None
    custom_attributes: CustomObjectInstanceCustomAttributesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
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

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomObjectInstanceCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if external_created_at is not UNSET and (
            external_created_at is not None or "external_created_at" in self._received
        ):
            field_dict["external_created_at"] = external_created_at
        if external_updated_at is not UNSET and (
            external_updated_at is not None or "external_updated_at" in self._received
        ):
            field_dict["external_updated_at"] = external_updated_at
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if custom_attributes is not UNSET and (custom_attributes is not None or "custom_attributes" in self._received):
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not CustomObjectInstance:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.external_id = src_dict.get("external_id")

        self.external_created_at = src_dict.get("external_created_at")

        self.external_updated_at = src_dict.get("external_updated_at")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.type_ = src_dict.get("type")

        custom_attributes = src_dict.get("custom_attributes")
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CustomObjectInstanceCustomAttributesType0.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_attributes = custom_attributes

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "external_id",
        "external_created_at",
        "external_updated_at",
        "created_at",
        "updated_at",
        "type",
        "custom_attributes",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CustomObjectInstanceCustomAttributesType0
    from ..models.custom_object_instance_custom_attributes_type_0 import CustomObjectInstanceCustomAttributesType0

    _lazy_loaded = True
