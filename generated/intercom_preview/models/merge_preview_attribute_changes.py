from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.merge_preview_attribute_change import MergePreviewAttributeChange


T = TypeVar("T", bound="MergePreviewAttributeChanges")


@_attrs_define
class MergePreviewAttributeChanges:
    """The attribute changes the merge would make to the surviving contact.

    Attributes:
        attributes (list[MergePreviewAttributeChange] | None): The individual attribute changes. Capped at 50 items;
            total_count reflects the full number of changes.
        total_count (int | None): The total number of attribute changes detected, which may exceed the number of items
            in attributes. Example: 3.
    """

    attributes: list[MergePreviewAttributeChange] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET and (attributes is not None or "attributes" in self._received):
            field_dict["attributes"] = attributes
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not MergePreviewAttributeChanges:
            cls.__init__(self)
        attributes = src_dict.get("attributes")
        if isinstance(attributes, list):
            try:
                attributes_type_0 = []
                _attributes_type_0 = attributes
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = MergePreviewAttributeChange.from_dict(attributes_type_0_item_data)

                    attributes_type_0.append(attributes_type_0_item)

                attributes = attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attributes = attributes

        self.total_count = src_dict.get("total_count")

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
        "attributes",
        "total_count",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, MergePreviewAttributeChange
    from ..models.merge_preview_attribute_change import MergePreviewAttributeChange

    _lazy_loaded = True
