from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.escalate_fin_conversation_body_user import EscalateFinConversationBodyUser


T = TypeVar("T", bound="EscalateFinConversationBody")


@_attrs_define
class EscalateFinConversationBody:
    """
    Attributes:
        conversation_id (str | Unset): The external ID of the conversation to escalate. Provide this or `user`. Required
            on Fin for Platforms, where `user` is not supported. Example: ext-123.
        user (EscalateFinConversationBodyUser | Unset):
        message (str | Unset): Optional first message for the new conversation, used only when escalating on behalf of a
            `user`. Shown to the end-user (unlike `context`, which is an internal note), so don't include sensitive
            orchestration data. Defaults to "Requesting human support". Example: I'd like to speak to a human about my
            refund..
        context (str | Unset): Optional context for the receiving teammate explaining why the conversation is being
            escalated. Attached as an internal note, never shown to the user. Avoid including credentials or unnecessary
            personal data — the note is visible to any teammate with access to the conversation. Example: Customer is
            requesting a refund and is frustrated..
    """

    conversation_id: str | Unset = UNSET
    user: EscalateFinConversationBodyUser | Unset = UNSET
    message: str | Unset = UNSET
    context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        conversation_id = self.conversation_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        message = self.message

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if user is not UNSET:
            field_dict["user"] = user
        if message is not UNSET:
            field_dict["message"] = message
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id", UNSET)

        _user = d.pop("user", UNSET)
        user: EscalateFinConversationBodyUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = EscalateFinConversationBodyUser.from_dict(_user)

        message = d.pop("message", UNSET)

        context = d.pop("context", UNSET)

        escalate_fin_conversation_body = cls(
            conversation_id=conversation_id,
            user=user,
            message=message,
            context=context,
        )

        escalate_fin_conversation_body.additional_properties = d
        return escalate_fin_conversation_body

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
    global _lazy_loaded, EscalateFinConversationBodyUser
    from ..models.escalate_fin_conversation_body_user import EscalateFinConversationBodyUser

    _lazy_loaded = True
