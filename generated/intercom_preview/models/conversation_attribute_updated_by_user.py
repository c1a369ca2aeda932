from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_user_attribute_type_0 import (
        ConversationAttributeUpdatedByUserAttributeType0,
    )
    from ..models.conversation_attribute_updated_by_user_value_type_0 import (
        ConversationAttributeUpdatedByUserValueType0,
    )


T = TypeVar("T", bound="ConversationAttributeUpdatedByUser")


@_attrs_define
class ConversationAttributeUpdatedByUser:
    """Contains details about Custom Data Attributes (CDAs) that were modified by a user for conversation part type
    <code>conversation_attribute_updated_by_user</code>.

        Attributes:
            attribute (ConversationAttributeUpdatedByUserAttributeType0 | None):
            value (ConversationAttributeUpdatedByUserValueType0 | None):
    """

    attribute: ConversationAttributeUpdatedByUserAttributeType0 | None = None
    value: ConversationAttributeUpdatedByUserValueType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        attribute: dict[str, Any] | None | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        elif isinstance(self.attribute, ConversationAttributeUpdatedByUserAttributeType0):
            attribute = self.attribute.to_dict()
        else:
            attribute = self.attribute

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ConversationAttributeUpdatedByUserValueType0):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET and (attribute is not None or "attribute" in self._received):
            field_dict["attribute"] = attribute
        if value is not UNSET and (value is not None or "value" in self._received):
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationAttributeUpdatedByUser:
            cls.__init__(self)
        attribute = src_dict.get("attribute")
        if isinstance(attribute, dict):
            try:
                attribute_type_0 = ConversationAttributeUpdatedByUserAttributeType0.from_dict(attribute)

                attribute = attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attribute = attribute

        value = src_dict.get("value")
        if isinstance(value, dict):
            try:
                value_type_0 = ConversationAttributeUpdatedByUserValueType0.from_dict(value)

                value = value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.value = value

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
        "attribute",
        "value",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationAttributeUpdatedByUserAttributeType0, ConversationAttributeUpdatedByUserValueType0
    from ..models.conversation_attribute_updated_by_user_attribute_type_0 import (
        ConversationAttributeUpdatedByUserAttributeType0,
    )
    from ..models.conversation_attribute_updated_by_user_value_type_0 import (
        ConversationAttributeUpdatedByUserValueType0,
    )

    _lazy_loaded = True
