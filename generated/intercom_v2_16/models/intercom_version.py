from enum import StrEnum
from typing import Any


class IntercomVersion(StrEnum):
    VALUE_0 = "1.0"
    VALUE_1 = "1.1"
    VALUE_10 = "2.5"
    VALUE_11 = "2.6"
    VALUE_12 = "2.7"
    VALUE_13 = "2.8"
    VALUE_14 = "2.9"
    VALUE_15 = "2.10"
    VALUE_16 = "2.11"
    VALUE_17 = "2.12"
    VALUE_18 = "2.13"
    VALUE_19 = "2.14"
    VALUE_2 = "1.2"
    VALUE_20 = "2.15"
    VALUE_21 = "2.16"
    VALUE_3 = "1.3"
    VALUE_4 = "1.4"
    VALUE_5 = "2.0"
    VALUE_6 = "2.1"
    VALUE_7 = "2.2"
    VALUE_8 = "2.3"
    VALUE_9 = "2.4"

    @classmethod
    def _missing_(cls, value: Any) -> "IntercomVersion | None":
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
