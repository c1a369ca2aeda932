from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.list_fin_capabilities_response_200_capabilities_type_0_item import (
        ListFinCapabilitiesResponse200CapabilitiesType0Item,
    )


T = TypeVar("T", bound="ListFinCapabilitiesResponse200")


@_attrs_define
class ListFinCapabilitiesResponse200:
    """
    Attributes:
        version (None | str): The API version the capabilities document was generated for. Example: Preview.
        capabilities (list[ListFinCapabilitiesResponse200CapabilitiesType0Item] | None): The list of capabilities
            available to this user.
    """

    version: None | str = None
    capabilities: list[ListFinCapabilitiesResponse200CapabilitiesType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        capabilities: list[dict[str, Any]] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = []
            for capabilities_type_0_item_data in self.capabilities:
                capabilities_type_0_item = capabilities_type_0_item_data.to_dict()
                capabilities.append(capabilities_type_0_item)

        else:
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET and (version is not None or "version" in self._received):
            field_dict["version"] = version
        if capabilities is not UNSET and (capabilities is not None or "capabilities" in self._received):
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ListFinCapabilitiesResponse200:
            cls.__init__(self)
        self.version = src_dict.get("version")

        capabilities = src_dict.get("capabilities")
        if isinstance(capabilities, list):
            try:
                capabilities_type_0 = []
                _capabilities_type_0 = capabilities
                for capabilities_type_0_item_data in _capabilities_type_0:
                    capabilities_type_0_item = ListFinCapabilitiesResponse200CapabilitiesType0Item.from_dict(
                        capabilities_type_0_item_data
                    )

                    capabilities_type_0.append(capabilities_type_0_item)

                capabilities = capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.capabilities = capabilities

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
        "version",
        "capabilities",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ListFinCapabilitiesResponse200CapabilitiesType0Item
    from ..models.list_fin_capabilities_response_200_capabilities_type_0_item import (
        ListFinCapabilitiesResponse200CapabilitiesType0Item,
    )

    _lazy_loaded = True
