from enum import StrEnum
from typing import Any


class ActivityLogActivityType(StrEnum):
    ADMIN_ASSIGNMENT_LIMIT_CHANGE = "admin_assignment_limit_change"
    ADMIN_AVATAR_CHANGE = "admin_avatar_change"
    ADMIN_AWAY_MODE_CHANGE = "admin_away_mode_change"
    ADMIN_DELETION = "admin_deletion"
    ADMIN_DEPROVISIONED = "admin_deprovisioned"
    ADMIN_IMPERSONATION_END = "admin_impersonation_end"
    ADMIN_IMPERSONATION_START = "admin_impersonation_start"
    ADMIN_INVITE_CHANGE = "admin_invite_change"
    ADMIN_INVITE_CREATION = "admin_invite_creation"
    ADMIN_INVITE_DELETION = "admin_invite_deletion"
    ADMIN_LOGIN_FAILURE = "admin_login_failure"
    ADMIN_LOGIN_SUCCESS = "admin_login_success"
    ADMIN_LOGOUT = "admin_logout"
    ADMIN_PASSWORD_RESET_REQUEST = "admin_password_reset_request"
    ADMIN_PASSWORD_RESET_SUCCESS = "admin_password_reset_success"
    ADMIN_PERMISSION_CHANGE = "admin_permission_change"
    ADMIN_PROVISIONED = "admin_provisioned"
    ADMIN_TWO_FACTOR_AUTH_CHANGE = "admin_two_factor_auth_change"
    ADMIN_UNAUTHORIZED_SIGN_IN_METHOD = "admin_unauthorized_sign_in_method"
    APP_ADMIN_JOIN = "app_admin_join"
    APP_AUTHENTICATION_METHOD_CHANGE = "app_authentication_method_change"
    APP_DATA_DELETION = "app_data_deletion"
    APP_DATA_EXPORT = "app_data_export"
    APP_GOOGLE_SSO_DOMAIN_CHANGE = "app_google_sso_domain_change"
    APP_IDENTITY_VERIFICATION_CHANGE = "app_identity_verification_change"
    APP_NAME_CHANGE = "app_name_change"
    APP_OUTBOUND_ADDRESS_CHANGE = "app_outbound_address_change"
    APP_PACKAGE_INSTALLATION = "app_package_installation"
    APP_PACKAGE_TOKEN_REGENERATION = "app_package_token_regeneration"
    APP_PACKAGE_UNINSTALLATION = "app_package_uninstallation"
    APP_TEAM_CREATION = "app_team_creation"
    APP_TEAM_DELETION = "app_team_deletion"
    APP_TEAM_MEMBERSHIP_MODIFICATION = "app_team_membership_modification"
    APP_TIMEZONE_CHANGE = "app_timezone_change"
    APP_WEBHOOK_CREATION = "app_webhook_creation"
    APP_WEBHOOK_DELETION = "app_webhook_deletion"
    ARTICLES_IN_MESSENGER_ENABLED_CHANGE = "articles_in_messenger_enabled_change"
    BULK_DELETE = "bulk_delete"
    BULK_EXPORT = "bulk_export"
    CAMPAIGN_DELETION = "campaign_deletion"
    CAMPAIGN_STATE_CHANGE = "campaign_state_change"
    CONVERSATION_PART_DELETION = "conversation_part_deletion"
    CONVERSATION_PDF_EXPORT = "conversation_pdf_export"
    CONVERSATION_TOPIC_CHANGE = "conversation_topic_change"
    CONVERSATION_TOPIC_CREATION = "conversation_topic_creation"
    CONVERSATION_TOPIC_DELETION = "conversation_topic_deletion"
    HELP_CENTER_SETTINGS_CHANGE = "help_center_settings_change"
    INBOUND_CONVERSATIONS_CHANGE = "inbound_conversations_change"
    INBOX_ACCESS_CHANGE = "inbox_access_change"
    MESSAGE_DELETION = "message_deletion"
    MESSAGE_STATE_CHANGE = "message_state_change"
    MESSENGER_LOOK_AND_FEEL_CHANGE = "messenger_look_and_feel_change"
    MESSENGER_SEARCH_REQUIRED_CHANGE = "messenger_search_required_change"
    MESSENGER_SPACES_CHANGE = "messenger_spaces_change"
    OFFICE_HOURS_CHANGE = "office_hours_change"
    ROLE_CHANGE = "role_change"
    ROLE_CREATION = "role_creation"
    ROLE_DELETION = "role_deletion"
    RULESET_ACTIVATION_TITLE_PREVIEW = "ruleset_activation_title_preview"
    RULESET_CREATION = "ruleset_creation"
    RULESET_DELETION = "ruleset_deletion"
    SEARCH_BROWSE_ENABLED_CHANGE = "search_browse_enabled_change"
    SEARCH_BROWSE_REQUIRED_CHANGE = "search_browse_required_change"
    SEAT_CHANGE = "seat_change"
    SEAT_REVOKE = "seat_revoke"
    SECURITY_SETTINGS_CHANGE = "security_settings_change"
    TEMPORARY_EXPECTATION_CHANGE = "temporary_expectation_change"
    UPFRONT_EMAIL_COLLECTION_CHANGE = "upfront_email_collection_change"
    WELCOME_MESSAGE_CHANGE = "welcome_message_change"

    @classmethod
    def _missing_(cls, value: Any) -> "ActivityLogActivityType | None":
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
