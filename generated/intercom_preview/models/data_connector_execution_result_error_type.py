from enum import StrEnum
from typing import Any


class DataConnectorExecutionResultErrorType(StrEnum):
    CLIENT_SIDE_ACTION_ERROR = "client_side_action_error"
    EMAIL_VERIFICATION_ERROR = "email_verification_error"
    FARADAY_ERROR = "faraday_error"
    FIN_ACTION_IDENTITY_VERIFICATION_ERROR = "fin_action_identity_verification_error"
    FIN_ACTION_RESPONSE_FORMATTING_ERROR = "fin_action_response_formatting_error"
    NON_FIN_STANDALONE_ACTION_IDENTITY_VERIFICATION_ERROR = "non_fin_standalone_action_identity_verification_error"
    REQUEST_CONFIGURATION_ERROR = "request_configuration_error"
    REQUEST_VALIDATION_ERROR = "request_validation_error"
    RESPONSE_MAPPING_ERROR = "response_mapping_error"
    TOKEN_REFRESH_ERROR = "token_refresh_error"
    V3RD_PARTY_ERROR = "3rd_party_error"

    @classmethod
    def _missing_(cls, value: Any) -> "DataConnectorExecutionResultErrorType | None":
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
