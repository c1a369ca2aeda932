from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinAgentSettings")


@_attrs_define
class FinAgentSettings:
    """Optional settings to control Fin's behaviour for this request.

    Attributes:
        follow_up_questions (bool | Unset): When `true` (default), Fin may ask clarifying questions and escalate to a
            human agent
            as needed.

            When `false`, Fin operates in non-conversational mode: it will not ask follow-up
            questions and will not escalate to a human agent. Use this when you want Fin to respond
            with a single, self-contained answer — for example, in asynchronous channels where
            back-and-forth conversation is not practical.
             Default: True. Example: True.
        email (bool | Unset): When `true`, Fin formats its replies as email-style responses, suitable for sending
            directly to users via email. This adjusts tone and structure to match email conventions
            rather than chat.

            Defaults to `false`, which produces chat-style responses.
             Default: False. Example: True.
    """

    follow_up_questions: bool | Unset = True
    email: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        follow_up_questions = self.follow_up_questions

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if follow_up_questions is not UNSET:
            field_dict["follow_up_questions"] = follow_up_questions
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        follow_up_questions = d.pop("follow_up_questions", UNSET)

        email = d.pop("email", UNSET)

        fin_agent_settings = cls(
            follow_up_questions=follow_up_questions,
            email=email,
        )

        fin_agent_settings.additional_properties = d
        return fin_agent_settings

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
