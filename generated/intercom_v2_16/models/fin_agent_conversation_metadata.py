from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fin_agent_conversation_metadata_attributes import FinAgentConversationMetadataAttributes
    from ..models.fin_agent_message import FinAgentMessage


T = TypeVar("T", bound="FinAgentConversationMetadata")


@_attrs_define
class FinAgentConversationMetadata:
    """Metadata about the conversation, including history and attributes.

    Attributes:
        history (list[FinAgentMessage] | Unset): An array of previous messages in the conversation before Fin is
            initialized.
            This data provides context to Fin and helps generate a better answer.
            Limit to the last 10 messages.
        attributes (FinAgentConversationMetadataAttributes | Unset): A hash of attributes associated with the
            conversation.
            These attributes can be used by Fin to provide more contextual responses.
            Limit to 10 attributes.
             Example: {'priority_level': 'high', 'department': 'sales'}.
    """

    history: list[FinAgentMessage] | Unset = UNSET
    attributes: FinAgentConversationMetadataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if history is not UNSET:
            field_dict["history"] = history
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _history = d.pop("history", UNSET)
        history: list[FinAgentMessage] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = FinAgentMessage.from_dict(history_item_data)

                history.append(history_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: FinAgentConversationMetadataAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = FinAgentConversationMetadataAttributes.from_dict(_attributes)

        fin_agent_conversation_metadata = cls(
            history=history,
            attributes=attributes,
        )

        fin_agent_conversation_metadata.additional_properties = d
        return fin_agent_conversation_metadata

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
    global _lazy_loaded, FinAgentConversationMetadataAttributes, FinAgentMessage
    from ..models.fin_agent_conversation_metadata_attributes import FinAgentConversationMetadataAttributes
    from ..models.fin_agent_message import FinAgentMessage

    _lazy_loaded = True
