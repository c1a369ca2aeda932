from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fin_agent_message import FinAgentMessage
    from ..models.fin_agent_user import FinAgentUser
    from ..models.run_fin_procedure_body_conversation_metadata import RunFinProcedureBodyConversationMetadata
    from ..models.run_fin_procedure_body_settings import RunFinProcedureBodySettings


T = TypeVar("T", bound="RunFinProcedureBody")


@_attrs_define
class RunFinProcedureBody:
    """
    Attributes:
        conversation_id (str): Your external conversation ID. Fin creates a conversation for this ID. If a conversation
            already exists for it, use `/fin/reply` instead. Example: ext-123.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        message (FinAgentMessage | Unset): A message exchanged within a Fin Agent conversation.
        conversation_metadata (RunFinProcedureBodyConversationMetadata | Unset): Metadata about the conversation. Only
            attributes are accepted (no history).
        settings (RunFinProcedureBodySettings | Unset): Optional settings to control Fin's behaviour for this procedure
            run.
    """

    conversation_id: str
    user: FinAgentUser
    message: FinAgentMessage | Unset = UNSET
    conversation_metadata: RunFinProcedureBodyConversationMetadata | Unset = UNSET
    settings: RunFinProcedureBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        conversation_id = self.conversation_id

        user = self.user.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "user": user,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        user = FinAgentUser.from_dict(d.pop("user"))

        _message = d.pop("message", UNSET)
        message: FinAgentMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = FinAgentMessage.from_dict(_message)

        _conversation_metadata = d.pop("conversation_metadata", UNSET)
        conversation_metadata: RunFinProcedureBodyConversationMetadata | Unset
        if isinstance(_conversation_metadata, Unset):
            conversation_metadata = UNSET
        else:
            conversation_metadata = RunFinProcedureBodyConversationMetadata.from_dict(_conversation_metadata)

        _settings = d.pop("settings", UNSET)
        settings: RunFinProcedureBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = RunFinProcedureBodySettings.from_dict(_settings)

        run_fin_procedure_body = cls(
            conversation_id=conversation_id,
            user=user,
            message=message,
            conversation_metadata=conversation_metadata,
            settings=settings,
        )

        run_fin_procedure_body.additional_properties = d
        return run_fin_procedure_body

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
    global \
        _lazy_loaded, \
        FinAgentMessage, \
        FinAgentUser, \
        RunFinProcedureBodyConversationMetadata, \
        RunFinProcedureBodySettings
    from ..models.fin_agent_message import FinAgentMessage
    from ..models.fin_agent_user import FinAgentUser
    from ..models.run_fin_procedure_body_conversation_metadata import RunFinProcedureBodyConversationMetadata
    from ..models.run_fin_procedure_body_settings import RunFinProcedureBodySettings

    _lazy_loaded = True
