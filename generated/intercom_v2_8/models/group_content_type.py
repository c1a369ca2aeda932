from enum import StrEnum
from typing import Any


class GroupContentType(StrEnum):
    GROUP_CONTENT = "group_content"

    @classmethod
    def _missing_(cls, value: Any) -> "GroupContentType | None":
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
