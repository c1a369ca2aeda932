from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="Brand")


@_attrs_define
class Brand:
    """Represents a branding configuration for the workspace

    Attributes:
        type_ (None | str): The type of object Example: brand.
        id (None | str): Unique brand identifier. For default brand, matches the workspace ID Example: 10.
        name (None | str): Display name of the brand Example: Default Brand.
        is_default (bool | None): Whether this is the workspace's default brand Example: True.
        created_at (int | None): Unix timestamp of brand creation Example: 1673778600.
        updated_at (int | None): Unix timestamp of last modification Example: 1711031100.
        help_center_id (None | str): Associated help center identifier Example: 10.
        default_address_settings_id (None | str): Default email settings ID for this brand Example: 15.
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    is_default: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    help_center_id: None | str = None
    default_address_settings_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

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

        help_center_id: None | str | Unset
        if isinstance(self.help_center_id, Unset):
            help_center_id = UNSET
        else:
            help_center_id = self.help_center_id

        default_address_settings_id: None | str | Unset
        if isinstance(self.default_address_settings_id, Unset):
            default_address_settings_id = UNSET
        else:
            default_address_settings_id = self.default_address_settings_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if is_default is not UNSET and (is_default is not None or "is_default" in self._received):
            field_dict["is_default"] = is_default
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if help_center_id is not UNSET and (help_center_id is not None or "help_center_id" in self._received):
            field_dict["help_center_id"] = help_center_id
        if default_address_settings_id is not UNSET and (
            default_address_settings_id is not None or "default_address_settings_id" in self._received
        ):
            field_dict["default_address_settings_id"] = default_address_settings_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not Brand:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.is_default = src_dict.get("is_default")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.help_center_id = src_dict.get("help_center_id")

        self.default_address_settings_id = src_dict.get("default_address_settings_id")

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
        "type",
        "id",
        "name",
        "is_default",
        "created_at",
        "updated_at",
        "help_center_id",
        "default_address_settings_id",
    }
)
