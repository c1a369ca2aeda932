from enum import StrEnum
from typing import Any


class MergePreviewReasonCode(StrEnum):
    EXTERNAL_LEAD_CHANNEL_NOT_ALLOWED = "external_lead_channel_not_allowed"
    FACEBOOK_USER = "facebook_user"
    INVALID_MERGE_ROLE_PAIR = "invalid_merge_role_pair"
    MAILING_LIST = "mailing_list"
    NO_SHARED_IDENTIFIER = "no_shared_identifier"

    @classmethod
    def _missing_(cls, value: Any) -> "MergePreviewReasonCode | None":
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
