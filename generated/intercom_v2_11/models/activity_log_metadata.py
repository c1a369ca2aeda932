from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0


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
        update_by_name (None | str): The name of the Admin who initiated the activity. Example: Joe Bloggs.
        after (None | str):
        before (None | str):
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
    after: None | str = None
    before: None | str = None
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

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        else:
            before = self.before

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
        if after is not UNSET and (after is not None or "after" in self._received):
            field_dict["after"] = after
        if before is not UNSET and (before is not None or "before" in self._received):
            field_dict["before"] = before
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

        self.after = src_dict.get("after")

        self.before = src_dict.get("before")

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
        "after",
        "before",
        "message",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ActivityLogMetadataMessageType0
    from ..models.activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0

    _lazy_loaded = True
