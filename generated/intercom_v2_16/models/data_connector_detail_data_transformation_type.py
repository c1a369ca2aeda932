from enum import StrEnum
from typing import Any


class DataConnectorDetailDataTransformationType(StrEnum):
    CODE_BLOCK_TRANSFORMATION = "code_block_transformation"
    FULL_ACCESS = "full_access"
    REDACTED_ACCESS = "redacted_access"

    @classmethod
    def _missing_(cls, value: Any) -> "DataConnectorDetailDataTransformationType | None":
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
