from enum import StrEnum
from typing import Any


class ContentSourceContentType(StrEnum):
    ARTICLE = "article"
    CONTENT_SNIPPET = "content_snippet"
    EXTERNAL_CONTENT = "external_content"
    FILE = "file"
    WORKFLOW_CONNECTOR_ACTION = "workflow_connector_action"

    @classmethod
    def _missing_(cls, value: Any) -> "ContentSourceContentType | None":
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
