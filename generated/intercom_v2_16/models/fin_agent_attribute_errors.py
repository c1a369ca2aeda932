from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors_conversation_type_0 import FinAgentAttributeErrorsConversationType0
    from ..models.fin_agent_attribute_errors_user_type_0 import FinAgentAttributeErrorsUserType0


T = TypeVar("T", bound="FinAgentAttributeErrors")


@_attrs_define
class FinAgentAttributeErrors:
    """Contains error details if any user or conversation attribute updates failed.

    Attributes:
        user (FinAgentAttributeErrorsUserType0 | None): User-related attribute errors.
        conversation (FinAgentAttributeErrorsConversationType0 | None): Conversation-related attribute errors.
    """

    user: FinAgentAttributeErrorsUserType0 | None = None
    conversation: FinAgentAttributeErrorsConversationType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, FinAgentAttributeErrorsUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, FinAgentAttributeErrorsConversationType0):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET and (user is not None or "user" in self._received):
            field_dict["user"] = user
        if conversation is not UNSET and (conversation is not None or "conversation" in self._received):
            field_dict["conversation"] = conversation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not FinAgentAttributeErrors:
            cls.__init__(self)
        user = src_dict.get("user")
        if isinstance(user, dict):
            try:
                user_type_0 = FinAgentAttributeErrorsUserType0.from_dict(user)

                user = user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.user = user

        conversation = src_dict.get("conversation")
        if isinstance(conversation, dict):
            try:
                conversation_type_0 = FinAgentAttributeErrorsConversationType0.from_dict(conversation)

                conversation = conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.conversation = conversation

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
        "user",
        "conversation",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, FinAgentAttributeErrorsConversationType0, FinAgentAttributeErrorsUserType0
    from ..models.fin_agent_attribute_errors_conversation_type_0 import FinAgentAttributeErrorsConversationType0
    from ..models.fin_agent_attribute_errors_user_type_0 import FinAgentAttributeErrorsUserType0

    _lazy_loaded = True
