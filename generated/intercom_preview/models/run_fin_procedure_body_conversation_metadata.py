from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_fin_procedure_body_conversation_metadata_attributes import (
        RunFinProcedureBodyConversationMetadataAttributes,
    )


T = TypeVar("T", bound="RunFinProcedureBodyConversationMetadata")


@_attrs_define
class RunFinProcedureBodyConversationMetadata:
    """Metadata about the conversation. Only attributes are accepted (no history).

    Attributes:
        attributes (RunFinProcedureBodyConversationMetadataAttributes | Unset): A hash of conversation attributes. Limit
            to 10 attributes.
             Example: {'order_id': '98765'}.
    """

    attributes: RunFinProcedureBodyConversationMetadataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: RunFinProcedureBodyConversationMetadataAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = RunFinProcedureBodyConversationMetadataAttributes.from_dict(_attributes)

        run_fin_procedure_body_conversation_metadata = cls(
            attributes=attributes,
        )

        run_fin_procedure_body_conversation_metadata.additional_properties = d
        return run_fin_procedure_body_conversation_metadata

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
    global _lazy_loaded, RunFinProcedureBodyConversationMetadataAttributes
    from ..models.run_fin_procedure_body_conversation_metadata_attributes import (
        RunFinProcedureBodyConversationMetadataAttributes,
    )

    _lazy_loaded = True
