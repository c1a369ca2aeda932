from enum import StrEnum
from typing import Any


class DataConnectorExecutionResultSourceType(StrEnum):
    ANSWER = "answer"
    BUTTON_CUSTOM_BOT = "button_custom_bot"
    CUSTOM_BOT = "custom_bot"
    FIN = "fin"
    INBOUND_CUSTOM_BOT = "inbound_custom_bot"
    INBOX = "inbox"
    SAVED_REPLY = "saved_reply"
    TRIGGERABLE_CUSTOM_BOT = "triggerable_custom_bot"
    WORKFLOW = "workflow"

    @classmethod
    def _missing_(cls, value: Any) -> "DataConnectorExecutionResultSourceType | None":
        # A value the description does not list (the API adds values before the descriptions do) is
        # kept as an unnamed member carrying the string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
