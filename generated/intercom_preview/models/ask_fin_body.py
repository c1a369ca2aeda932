from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fin_agent_attachment import FinAgentAttachment
    from ..models.fin_agent_conversation_metadata import FinAgentConversationMetadata
    from ..models.fin_agent_message import FinAgentMessage
    from ..models.fin_agent_user import FinAgentUser


T = TypeVar("T", bound="AskFinBody")


@_attrs_define
class AskFinBody:
    """
    Attributes:
        conversation_id (str): Your external conversation ID. Fin creates a conversation for this ID. If a conversation
            already exists for it, use `/fin/reply` instead. Example: ext-123.
        message (FinAgentMessage): A message exchanged within a Fin Agent conversation.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        conversation_metadata (FinAgentConversationMetadata | Unset): Metadata about the conversation, including history
            and attributes.
        attachments (list[FinAgentAttachment] | Unset): An array of attachments to include with the message. Maximum of
            10 attachments.
    """

    conversation_id: str
    message: FinAgentMessage
    user: FinAgentUser
    conversation_metadata: FinAgentConversationMetadata | Unset = UNSET
    attachments: list[FinAgentAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        conversation_id = self.conversation_id

        message = self.message.to_dict()

        user = self.user.to_dict()

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "message": message,
                "user": user,
            }
        )
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        message = FinAgentMessage.from_dict(d.pop("message"))

        user = FinAgentUser.from_dict(d.pop("user"))

        _conversation_metadata = d.pop("conversation_metadata", UNSET)
        conversation_metadata: FinAgentConversationMetadata | Unset
        if isinstance(_conversation_metadata, Unset):
            conversation_metadata = UNSET
        else:
            conversation_metadata = FinAgentConversationMetadata.from_dict(_conversation_metadata)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[FinAgentAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = FinAgentAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        ask_fin_body = cls(
            conversation_id=conversation_id,
            message=message,
            user=user,
            conversation_metadata=conversation_metadata,
            attachments=attachments,
        )

        ask_fin_body.additional_properties = d
        return ask_fin_body

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
    global _lazy_loaded, FinAgentAttachment, FinAgentConversationMetadata, FinAgentMessage, FinAgentUser
    from ..models.fin_agent_attachment import FinAgentAttachment
    from ..models.fin_agent_conversation_metadata import FinAgentConversationMetadata
    from ..models.fin_agent_message import FinAgentMessage
    from ..models.fin_agent_user import FinAgentUser

    _lazy_loaded = True
