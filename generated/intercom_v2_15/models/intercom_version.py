from enum import StrEnum
from typing import Any


class IntercomVersion(StrEnum):
    V1_0 = "1.0"
    V1_1 = "1.1"
    V1_2 = "1.2"
    V1_3 = "1.3"
    V1_4 = "1.4"
    V2_0 = "2.0"
    V2_1 = "2.1"
    V2_10 = "2.10"
    V2_11 = "2.11"
    V2_12 = "2.12"
    V2_13 = "2.13"
    V2_14 = "2.14"
    V2_15 = "2.15"
    V2_2 = "2.2"
    V2_3 = "2.3"
    V2_4 = "2.4"
    V2_5 = "2.5"
    V2_6 = "2.6"
    V2_7 = "2.7"
    V2_8 = "2.8"
    V2_9 = "2.9"

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
