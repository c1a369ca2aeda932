from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

if TYPE_CHECKING:
    from ..models.activity_log_metadata_after_type_0 import ActivityLogMetadataAfterType0
    from ..models.activity_log_metadata_before_type_0 import ActivityLogMetadataBeforeType0
    from ..models.activity_log_metadata_changes_type_0 import ActivityLogMetadataChangesType0
    from ..models.activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0
    from ..models.activity_log_metadata_team_type_0 import ActivityLogMetadataTeamType0


T = TypeVar("T", bound="ActivityLogMetadata")


@_attrs_define
class ActivityLogMetadata:
    """Additional data provided about Admin activity.

    Attributes:
        sign_in_method (None | str): The way the admin signed in. Example: email_password.
        external_id (None | str): The unique identifier for the contact which is provided by the Client. Example:
            f3b87a2e09d514c6c2e79b9a.
        away_mode (bool | None): The away mode status which is set to true when away and false when returned. Example:
            True.
        away_status_reason (None | str): The reason the Admin is away. Example: 😌 On a break.
        reassign_conversations (bool | None): Indicates if conversations should be reassigned while an Admin is away.
            Example: False.
        source (None | str): The action that initiated the status change. Example: admin update from web - Admin id: 93.
        auto_changed (None | str): Indicates if the status was changed automatically or manually. Example: False.
        update_by (int | None): The ID of the Admin who initiated the activity. Example: 93.
        update_by_name (None | str): The name of the Admin who initiated the activity. Example: Joe Example.
        previous_state (None | str): The state before the change. `idle` or `occupied`, and null when the Admin had not
            been classified yet. Example: idle.
        new_state (None | str): The state after the change. `idle` or `occupied`. Example: occupied.
        threshold_minutes (int | None): The inactivity window, in minutes, used to classify the Admin. Example: 15.
        last_activity_at (int | None): The time of the Admin's last recorded activity. Example: 1671028894.
        auto (bool | None): Indicates the state was derived automatically rather than set by an Admin. Example: True.
        setting_type (None | str): The group of workspace settings the change belongs to, for example
            `teammate_occupancy` or `automatic_away_mode`. Example: teammate_occupancy.
        changes (ActivityLogMetadataChangesType0 | None): The settings altered by the change, keyed by setting name.
            Only settings whose value actually moved are included, so an unchanged setting is absent rather than present
            with equal values. Example: {'occupancy_window_minutes': {'before': 15, 'after': 30}}.
        conversation_assignment_limit (int | None): The conversation assignment limit value for an admin. Example: 15.
        ticket_assignment_limit (int | None): The ticket assignment limit value for an admin. Example: 20.
        team (ActivityLogMetadataTeamType0 | None): Details about the team whose assignment limit was changed.
        team_assignment_limit (int | None): The team assignment limit value (null if limit was removed). Example: 50.
        enabled (bool | None): Indicates if the setting is enabled or disabled. Example: True.
        mode (None | str): The mode of the setting (e.g., when_away_only, when_away_and_reassign). Example:
            when_away_only.
        consent_id (int | None): The ID of the impersonation consent. Example: 149673.
        expired_at (datetime.datetime | None): The timestamp when the impersonation consent expires. Example:
            2025-12-04T09:31:57.000Z.
        before (ActivityLogMetadataBeforeType0 | None): The state of settings or values before the change. Structure
            varies by activity type.
        after (ActivityLogMetadataAfterType0 | None): The state of settings or values after the change. Structure varies
            by activity type.
        message (ActivityLogMetadataMessageType0 | None):
    """

    sign_in_method: None | str = None
    external_id: None | str = None
    away_mode: bool | None = None
    away_status_reason: None | str = None
    reassign_conversations: bool | None = None
    source: None | str = None
    auto_changed: None | str = None
    update_by: int | None = None
    update_by_name: None | str = None
    previous_state: None | str = None
    new_state: None | str = None
    threshold_minutes: int | None = None
    last_activity_at: int | None = None
    auto: bool | None = None
    setting_type: None | str = None
    changes: ActivityLogMetadataChangesType0 | None = None
    conversation_assignment_limit: int | None = None
    ticket_assignment_limit: int | None = None
    team: ActivityLogMetadataTeamType0 | None = None
    team_assignment_limit: int | None = None
    enabled: bool | None = None
    mode: None | str = None
    consent_id: int | None = None
    expired_at: datetime.datetime | None = None
    before: ActivityLogMetadataBeforeType0 | None = None
    after: ActivityLogMetadataAfterType0 | None = None
    message: ActivityLogMetadataMessageType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        sign_in_method: None | str | Unset
        if isinstance(self.sign_in_method, Unset):
            sign_in_method = UNSET
        else:
            sign_in_method = self.sign_in_method

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        away_mode: bool | None | Unset
        if isinstance(self.away_mode, Unset):
            away_mode = UNSET
        else:
            away_mode = self.away_mode

        away_status_reason: None | str | Unset
        if isinstance(self.away_status_reason, Unset):
            away_status_reason = UNSET
        else:
            away_status_reason = self.away_status_reason

        reassign_conversations: bool | None | Unset
        if isinstance(self.reassign_conversations, Unset):
            reassign_conversations = UNSET
        else:
            reassign_conversations = self.reassign_conversations

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        auto_changed: None | str | Unset
        if isinstance(self.auto_changed, Unset):
            auto_changed = UNSET
        else:
            auto_changed = self.auto_changed

        update_by: int | None | Unset
        if isinstance(self.update_by, Unset):
            update_by = UNSET
        else:
            update_by = self.update_by

        update_by_name: None | str | Unset
        if isinstance(self.update_by_name, Unset):
            update_by_name = UNSET
        else:
            update_by_name = self.update_by_name

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = self.previous_state

        new_state: None | str | Unset
        if isinstance(self.new_state, Unset):
            new_state = UNSET
        else:
            new_state = self.new_state

        threshold_minutes: int | None | Unset
        if isinstance(self.threshold_minutes, Unset):
            threshold_minutes = UNSET
        else:
            threshold_minutes = self.threshold_minutes

        last_activity_at: int | None | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        else:
            last_activity_at = self.last_activity_at

        auto: bool | None | Unset
        if isinstance(self.auto, Unset):
            auto = UNSET
        else:
            auto = self.auto

        setting_type: None | str | Unset
        if isinstance(self.setting_type, Unset):
            setting_type = UNSET
        else:
            setting_type = self.setting_type

        changes: dict[str, Any] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, ActivityLogMetadataChangesType0):
            changes = self.changes.to_dict()
        else:
            changes = self.changes

        conversation_assignment_limit: int | None | Unset
        if isinstance(self.conversation_assignment_limit, Unset):
            conversation_assignment_limit = UNSET
        else:
            conversation_assignment_limit = self.conversation_assignment_limit

        ticket_assignment_limit: int | None | Unset
        if isinstance(self.ticket_assignment_limit, Unset):
            ticket_assignment_limit = UNSET
        else:
            ticket_assignment_limit = self.ticket_assignment_limit

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, ActivityLogMetadataTeamType0):
            team = self.team.to_dict()
        else:
            team = self.team

        team_assignment_limit: int | None | Unset
        if isinstance(self.team_assignment_limit, Unset):
            team_assignment_limit = UNSET
        else:
            team_assignment_limit = self.team_assignment_limit

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        consent_id: int | None | Unset
        if isinstance(self.consent_id, Unset):
            consent_id = UNSET
        else:
            consent_id = self.consent_id

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, ActivityLogMetadataBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, ActivityLogMetadataAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, ActivityLogMetadataMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_in_method is not UNSET and (sign_in_method is not None or "sign_in_method" in self._received):
            field_dict["sign_in_method"] = sign_in_method
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if away_mode is not UNSET and (away_mode is not None or "away_mode" in self._received):
            field_dict["away_mode"] = away_mode
        if away_status_reason is not UNSET and (
            away_status_reason is not None or "away_status_reason" in self._received
        ):
            field_dict["away_status_reason"] = away_status_reason
        if reassign_conversations is not UNSET and (
            reassign_conversations is not None or "reassign_conversations" in self._received
        ):
            field_dict["reassign_conversations"] = reassign_conversations
        if source is not UNSET and (source is not None or "source" in self._received):
            field_dict["source"] = source
        if auto_changed is not UNSET and (auto_changed is not None or "auto_changed" in self._received):
            field_dict["auto_changed"] = auto_changed
        if update_by is not UNSET and (update_by is not None or "update_by" in self._received):
            field_dict["update_by"] = update_by
        if update_by_name is not UNSET and (update_by_name is not None or "update_by_name" in self._received):
            field_dict["update_by_name"] = update_by_name
        if previous_state is not UNSET and (previous_state is not None or "previous_state" in self._received):
            field_dict["previous_state"] = previous_state
        if new_state is not UNSET and (new_state is not None or "new_state" in self._received):
            field_dict["new_state"] = new_state
        if threshold_minutes is not UNSET and (threshold_minutes is not None or "threshold_minutes" in self._received):
            field_dict["threshold_minutes"] = threshold_minutes
        if last_activity_at is not UNSET and (last_activity_at is not None or "last_activity_at" in self._received):
            field_dict["last_activity_at"] = last_activity_at
        if auto is not UNSET and (auto is not None or "auto" in self._received):
            field_dict["auto"] = auto
        if setting_type is not UNSET and (setting_type is not None or "setting_type" in self._received):
            field_dict["setting_type"] = setting_type
        if changes is not UNSET and (changes is not None or "changes" in self._received):
            field_dict["changes"] = changes
        if conversation_assignment_limit is not UNSET and (
            conversation_assignment_limit is not None or "conversation_assignment_limit" in self._received
        ):
            field_dict["conversation_assignment_limit"] = conversation_assignment_limit
        if ticket_assignment_limit is not UNSET and (
            ticket_assignment_limit is not None or "ticket_assignment_limit" in self._received
        ):
            field_dict["ticket_assignment_limit"] = ticket_assignment_limit
        if team is not UNSET and (team is not None or "team" in self._received):
            field_dict["team"] = team
        if team_assignment_limit is not UNSET and (
            team_assignment_limit is not None or "team_assignment_limit" in self._received
        ):
            field_dict["team_assignment_limit"] = team_assignment_limit
        if enabled is not UNSET and (enabled is not None or "enabled" in self._received):
            field_dict["enabled"] = enabled
        if mode is not UNSET and (mode is not None or "mode" in self._received):
            field_dict["mode"] = mode
        if consent_id is not UNSET and (consent_id is not None or "consent_id" in self._received):
            field_dict["consent_id"] = consent_id
        if expired_at is not UNSET and (expired_at is not None or "expired_at" in self._received):
            field_dict["expired_at"] = expired_at
        if before is not UNSET and (before is not None or "before" in self._received):
            field_dict["before"] = before
        if after is not UNSET and (after is not None or "after" in self._received):
            field_dict["after"] = after
        if message is not UNSET and (message is not None or "message" in self._received):
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ActivityLogMetadata:
            cls.__init__(self)
        self.sign_in_method = src_dict.get("sign_in_method")

        self.external_id = src_dict.get("external_id")

        self.away_mode = src_dict.get("away_mode")

        self.away_status_reason = src_dict.get("away_status_reason")

        self.reassign_conversations = src_dict.get("reassign_conversations")

        self.source = src_dict.get("source")

        self.auto_changed = src_dict.get("auto_changed")

        self.update_by = src_dict.get("update_by")

        self.update_by_name = src_dict.get("update_by_name")

        self.previous_state = src_dict.get("previous_state")

        self.new_state = src_dict.get("new_state")

        self.threshold_minutes = src_dict.get("threshold_minutes")

        self.last_activity_at = src_dict.get("last_activity_at")

        self.auto = src_dict.get("auto")

        self.setting_type = src_dict.get("setting_type")

        changes = src_dict.get("changes")
        if isinstance(changes, dict):
            try:
                changes_type_0 = ActivityLogMetadataChangesType0.from_dict(changes)

                changes = changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.changes = changes

        self.conversation_assignment_limit = src_dict.get("conversation_assignment_limit")

        self.ticket_assignment_limit = src_dict.get("ticket_assignment_limit")

        team = src_dict.get("team")
        if isinstance(team, dict):
            try:
                team_type_0 = ActivityLogMetadataTeamType0.from_dict(team)

                team = team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.team = team

        self.team_assignment_limit = src_dict.get("team_assignment_limit")

        self.enabled = src_dict.get("enabled")

        self.mode = src_dict.get("mode")

        self.consent_id = src_dict.get("consent_id")

        expired_at = src_dict.get("expired_at")
        if isinstance(expired_at, str):
            try:
                expired_at_type_0 = WireDateTime.parse(expired_at)

                expired_at = expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.expired_at = expired_at

        before = src_dict.get("before")
        if isinstance(before, dict):
            try:
                before_type_0 = ActivityLogMetadataBeforeType0.from_dict(before)

                before = before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.before = before

        after = src_dict.get("after")
        if isinstance(after, dict):
            try:
                after_type_0 = ActivityLogMetadataAfterType0.from_dict(after)

                after = after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.after = after

        message = src_dict.get("message")
        if isinstance(message, dict):
            try:
                message_type_0 = ActivityLogMetadataMessageType0.from_dict(message)

                message = message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.message = message

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

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


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "sign_in_method",
        "external_id",
        "away_mode",
        "away_status_reason",
        "reassign_conversations",
        "source",
        "auto_changed",
        "update_by",
        "update_by_name",
        "previous_state",
        "new_state",
        "threshold_minutes",
        "last_activity_at",
        "auto",
        "setting_type",
        "changes",
        "conversation_assignment_limit",
        "ticket_assignment_limit",
        "team",
        "team_assignment_limit",
        "enabled",
        "mode",
        "consent_id",
        "expired_at",
        "before",
        "after",
        "message",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ActivityLogMetadataAfterType0, \
        ActivityLogMetadataBeforeType0, \
        ActivityLogMetadataChangesType0, \
        ActivityLogMetadataMessageType0, \
        ActivityLogMetadataTeamType0
    from ..models.activity_log_metadata_after_type_0 import ActivityLogMetadataAfterType0
    from ..models.activity_log_metadata_before_type_0 import ActivityLogMetadataBeforeType0
    from ..models.activity_log_metadata_changes_type_0 import ActivityLogMetadataChangesType0
    from ..models.activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0
    from ..models.activity_log_metadata_team_type_0 import ActivityLogMetadataTeamType0

    _lazy_loaded = True
