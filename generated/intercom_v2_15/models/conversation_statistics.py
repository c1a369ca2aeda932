from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_response_time import ConversationResponseTime


T = TypeVar("T", bound="ConversationStatistics")


@_attrs_define
class ConversationStatistics:
    """A Statistics object containing all information required for reporting, with timestamps and calculated metrics.

    Attributes:
        type_ (None | str):  Example: conversation_statistics.
        time_to_assignment (int | None): Duration until last assignment before first admin reply. In seconds. Example:
            2310.
        time_to_admin_reply (int | None): Duration until first admin reply. Subtracts out of business hours. In seconds.
            Example: 2310.
        time_to_first_close (int | None): Duration until conversation was closed first time. Subtracts out of business
            hours. In seconds. Example: 2310.
        time_to_last_close (int | None): Duration until conversation was closed last time. Subtracts out of business
            hours. In seconds. Example: 2310.
        median_time_to_reply (int | None): Median based on all admin replies after a contact reply. Subtracts out of
            business hours. In seconds. Example: 2310.
        first_contact_reply_at (int | None): Time of first text conversation part from a contact. Example: 1663597233.
        first_assignment_at (int | None): Time of first assignment after first_contact_reply_at. Example: 1663597233.
        first_admin_reply_at (int | None): Time of first admin reply after first_contact_reply_at. Example: 1663597233.
        first_close_at (int | None): Time of first close after first_contact_reply_at. Example: 1663597233.
        last_assignment_at (int | None): Time of last assignment after first_contact_reply_at. Example: 1663597233.
        last_assignment_admin_reply_at (int | None): Time of first admin reply since most recent assignment. Example:
            1663597233.
        last_contact_reply_at (int | None): Time of the last conversation part from a contact. Example: 1663597233.
        last_admin_reply_at (int | None): Time of the last conversation part from an admin. Example: 1663597233.
        last_close_at (int | None): Time of the last conversation close. Example: 1663597233.
        last_closed_by_id (int | None): The last admin who closed the conversation. Returns a reference to an Admin
            object. Example: c3po.
        count_reopens (int | None): Number of reopens after first_contact_reply_at. Example: 1.
        count_assignments (int | None): Number of assignments after first_contact_reply_at. Example: 1.
        count_conversation_parts (int | None): Total number of conversation parts. Example: 1.
        assigned_team_first_response_time (list[ConversationResponseTime] | None): An array of conversation response
            time objects
        assigned_team_first_response_time_in_office_hours (list[ConversationResponseTime] | None): An array of
            conversation response time objects within office hours
        handling_time (int | None): Time from conversation assignment to conversation close in seconds. Example: 2310.
        adjusted_handling_time (int | None): Adjusted handling time for conversation in seconds. This is the active
            handling time excluding idle periods when teammates are not actively working on the conversation. Example: 1800.
    """

    type_: None | str = None
    time_to_assignment: int | None = None
    time_to_admin_reply: int | None = None
    time_to_first_close: int | None = None
    time_to_last_close: int | None = None
    median_time_to_reply: int | None = None
    first_contact_reply_at: int | None = None
    first_assignment_at: int | None = None
    first_admin_reply_at: int | None = None
    first_close_at: int | None = None
    last_assignment_at: int | None = None
    last_assignment_admin_reply_at: int | None = None
    last_contact_reply_at: int | None = None
    last_admin_reply_at: int | None = None
    last_close_at: int | None = None
    last_closed_by_id: int | None = None
    count_reopens: int | None = None
    count_assignments: int | None = None
    count_conversation_parts: int | None = None
    assigned_team_first_response_time: list[ConversationResponseTime] | None = None
    assigned_team_first_response_time_in_office_hours: list[ConversationResponseTime] | None = None
    handling_time: int | None = None
    adjusted_handling_time: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        time_to_assignment: int | None | Unset
        if isinstance(self.time_to_assignment, Unset):
            time_to_assignment = UNSET
        else:
            time_to_assignment = self.time_to_assignment

        time_to_admin_reply: int | None | Unset
        if isinstance(self.time_to_admin_reply, Unset):
            time_to_admin_reply = UNSET
        else:
            time_to_admin_reply = self.time_to_admin_reply

        time_to_first_close: int | None | Unset
        if isinstance(self.time_to_first_close, Unset):
            time_to_first_close = UNSET
        else:
            time_to_first_close = self.time_to_first_close

        time_to_last_close: int | None | Unset
        if isinstance(self.time_to_last_close, Unset):
            time_to_last_close = UNSET
        else:
            time_to_last_close = self.time_to_last_close

        median_time_to_reply: int | None | Unset
        if isinstance(self.median_time_to_reply, Unset):
            median_time_to_reply = UNSET
        else:
            median_time_to_reply = self.median_time_to_reply

        first_contact_reply_at: int | None | Unset
        if isinstance(self.first_contact_reply_at, Unset):
            first_contact_reply_at = UNSET
        else:
            first_contact_reply_at = self.first_contact_reply_at

        first_assignment_at: int | None | Unset
        if isinstance(self.first_assignment_at, Unset):
            first_assignment_at = UNSET
        else:
            first_assignment_at = self.first_assignment_at

        first_admin_reply_at: int | None | Unset
        if isinstance(self.first_admin_reply_at, Unset):
            first_admin_reply_at = UNSET
        else:
            first_admin_reply_at = self.first_admin_reply_at

        first_close_at: int | None | Unset
        if isinstance(self.first_close_at, Unset):
            first_close_at = UNSET
        else:
            first_close_at = self.first_close_at

        last_assignment_at: int | None | Unset
        if isinstance(self.last_assignment_at, Unset):
            last_assignment_at = UNSET
        else:
            last_assignment_at = self.last_assignment_at

        last_assignment_admin_reply_at: int | None | Unset
        if isinstance(self.last_assignment_admin_reply_at, Unset):
            last_assignment_admin_reply_at = UNSET
        else:
            last_assignment_admin_reply_at = self.last_assignment_admin_reply_at

        last_contact_reply_at: int | None | Unset
        if isinstance(self.last_contact_reply_at, Unset):
            last_contact_reply_at = UNSET
        else:
            last_contact_reply_at = self.last_contact_reply_at

        last_admin_reply_at: int | None | Unset
        if isinstance(self.last_admin_reply_at, Unset):
            last_admin_reply_at = UNSET
        else:
            last_admin_reply_at = self.last_admin_reply_at

        last_close_at: int | None | Unset
        if isinstance(self.last_close_at, Unset):
            last_close_at = UNSET
        else:
            last_close_at = self.last_close_at

        last_closed_by_id: int | None | Unset
        if isinstance(self.last_closed_by_id, Unset):
            last_closed_by_id = UNSET
        else:
            last_closed_by_id = self.last_closed_by_id

        count_reopens: int | None | Unset
        if isinstance(self.count_reopens, Unset):
            count_reopens = UNSET
        else:
            count_reopens = self.count_reopens

        count_assignments: int | None | Unset
        if isinstance(self.count_assignments, Unset):
            count_assignments = UNSET
        else:
            count_assignments = self.count_assignments

        count_conversation_parts: int | None | Unset
        if isinstance(self.count_conversation_parts, Unset):
            count_conversation_parts = UNSET
        else:
            count_conversation_parts = self.count_conversation_parts

        assigned_team_first_response_time: list[dict[str, Any]] | None | Unset
        if isinstance(self.assigned_team_first_response_time, Unset):
            assigned_team_first_response_time = UNSET
        elif isinstance(self.assigned_team_first_response_time, list):
            assigned_team_first_response_time = []
            for assigned_team_first_response_time_type_0_item_data in self.assigned_team_first_response_time:
                assigned_team_first_response_time_type_0_item = (
                    assigned_team_first_response_time_type_0_item_data.to_dict()
                )
                assigned_team_first_response_time.append(assigned_team_first_response_time_type_0_item)

        else:
            assigned_team_first_response_time = self.assigned_team_first_response_time

        assigned_team_first_response_time_in_office_hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.assigned_team_first_response_time_in_office_hours, Unset):
            assigned_team_first_response_time_in_office_hours = UNSET
        elif isinstance(self.assigned_team_first_response_time_in_office_hours, list):
            assigned_team_first_response_time_in_office_hours = []
            for (
                assigned_team_first_response_time_in_office_hours_type_0_item_data
            ) in self.assigned_team_first_response_time_in_office_hours:
                assigned_team_first_response_time_in_office_hours_type_0_item = (
                    assigned_team_first_response_time_in_office_hours_type_0_item_data.to_dict()
                )
                assigned_team_first_response_time_in_office_hours.append(
                    assigned_team_first_response_time_in_office_hours_type_0_item
                )

        else:
            assigned_team_first_response_time_in_office_hours = self.assigned_team_first_response_time_in_office_hours

        handling_time: int | None | Unset
        if isinstance(self.handling_time, Unset):
            handling_time = UNSET
        else:
            handling_time = self.handling_time

        adjusted_handling_time: int | None | Unset
        if isinstance(self.adjusted_handling_time, Unset):
            adjusted_handling_time = UNSET
        else:
            adjusted_handling_time = self.adjusted_handling_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if time_to_assignment is not UNSET and (
            time_to_assignment is not None or "time_to_assignment" in self._received
        ):
            field_dict["time_to_assignment"] = time_to_assignment
        if time_to_admin_reply is not UNSET and (
            time_to_admin_reply is not None or "time_to_admin_reply" in self._received
        ):
            field_dict["time_to_admin_reply"] = time_to_admin_reply
        if time_to_first_close is not UNSET and (
            time_to_first_close is not None or "time_to_first_close" in self._received
        ):
            field_dict["time_to_first_close"] = time_to_first_close
        if time_to_last_close is not UNSET and (
            time_to_last_close is not None or "time_to_last_close" in self._received
        ):
            field_dict["time_to_last_close"] = time_to_last_close
        if median_time_to_reply is not UNSET and (
            median_time_to_reply is not None or "median_time_to_reply" in self._received
        ):
            field_dict["median_time_to_reply"] = median_time_to_reply
        if first_contact_reply_at is not UNSET and (
            first_contact_reply_at is not None or "first_contact_reply_at" in self._received
        ):
            field_dict["first_contact_reply_at"] = first_contact_reply_at
        if first_assignment_at is not UNSET and (
            first_assignment_at is not None or "first_assignment_at" in self._received
        ):
            field_dict["first_assignment_at"] = first_assignment_at
        if first_admin_reply_at is not UNSET and (
            first_admin_reply_at is not None or "first_admin_reply_at" in self._received
        ):
            field_dict["first_admin_reply_at"] = first_admin_reply_at
        if first_close_at is not UNSET and (first_close_at is not None or "first_close_at" in self._received):
            field_dict["first_close_at"] = first_close_at
        if last_assignment_at is not UNSET and (
            last_assignment_at is not None or "last_assignment_at" in self._received
        ):
            field_dict["last_assignment_at"] = last_assignment_at
        if last_assignment_admin_reply_at is not UNSET and (
            last_assignment_admin_reply_at is not None or "last_assignment_admin_reply_at" in self._received
        ):
            field_dict["last_assignment_admin_reply_at"] = last_assignment_admin_reply_at
        if last_contact_reply_at is not UNSET and (
            last_contact_reply_at is not None or "last_contact_reply_at" in self._received
        ):
            field_dict["last_contact_reply_at"] = last_contact_reply_at
        if last_admin_reply_at is not UNSET and (
            last_admin_reply_at is not None or "last_admin_reply_at" in self._received
        ):
            field_dict["last_admin_reply_at"] = last_admin_reply_at
        if last_close_at is not UNSET and (last_close_at is not None or "last_close_at" in self._received):
            field_dict["last_close_at"] = last_close_at
        if last_closed_by_id is not UNSET and (last_closed_by_id is not None or "last_closed_by_id" in self._received):
            field_dict["last_closed_by_id"] = last_closed_by_id
        if count_reopens is not UNSET and (count_reopens is not None or "count_reopens" in self._received):
            field_dict["count_reopens"] = count_reopens
        if count_assignments is not UNSET and (count_assignments is not None or "count_assignments" in self._received):
            field_dict["count_assignments"] = count_assignments
        if count_conversation_parts is not UNSET and (
            count_conversation_parts is not None or "count_conversation_parts" in self._received
        ):
            field_dict["count_conversation_parts"] = count_conversation_parts
        if assigned_team_first_response_time is not UNSET and (
            assigned_team_first_response_time is not None or "assigned_team_first_response_time" in self._received
        ):
            field_dict["assigned_team_first_response_time"] = assigned_team_first_response_time
        if assigned_team_first_response_time_in_office_hours is not UNSET and (
            assigned_team_first_response_time_in_office_hours is not None
            or "assigned_team_first_response_time_in_office_hours" in self._received
        ):
            field_dict["assigned_team_first_response_time_in_office_hours"] = (
                assigned_team_first_response_time_in_office_hours
            )
        if handling_time is not UNSET and (handling_time is not None or "handling_time" in self._received):
            field_dict["handling_time"] = handling_time
        if adjusted_handling_time is not UNSET and (
            adjusted_handling_time is not None or "adjusted_handling_time" in self._received
        ):
            field_dict["adjusted_handling_time"] = adjusted_handling_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationStatistics:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.time_to_assignment = src_dict.get("time_to_assignment")

        self.time_to_admin_reply = src_dict.get("time_to_admin_reply")

        self.time_to_first_close = src_dict.get("time_to_first_close")

        self.time_to_last_close = src_dict.get("time_to_last_close")

        self.median_time_to_reply = src_dict.get("median_time_to_reply")

        self.first_contact_reply_at = src_dict.get("first_contact_reply_at")

        self.first_assignment_at = src_dict.get("first_assignment_at")

        self.first_admin_reply_at = src_dict.get("first_admin_reply_at")

        self.first_close_at = src_dict.get("first_close_at")

        self.last_assignment_at = src_dict.get("last_assignment_at")

        self.last_assignment_admin_reply_at = src_dict.get("last_assignment_admin_reply_at")

        self.last_contact_reply_at = src_dict.get("last_contact_reply_at")

        self.last_admin_reply_at = src_dict.get("last_admin_reply_at")

        self.last_close_at = src_dict.get("last_close_at")

        self.last_closed_by_id = src_dict.get("last_closed_by_id")

        self.count_reopens = src_dict.get("count_reopens")

        self.count_assignments = src_dict.get("count_assignments")

        self.count_conversation_parts = src_dict.get("count_conversation_parts")

        assigned_team_first_response_time = src_dict.get("assigned_team_first_response_time")
        if isinstance(assigned_team_first_response_time, list):
            try:
                assigned_team_first_response_time_type_0 = []
                _assigned_team_first_response_time_type_0 = assigned_team_first_response_time
                for assigned_team_first_response_time_type_0_item_data in _assigned_team_first_response_time_type_0:
                    assigned_team_first_response_time_type_0_item = ConversationResponseTime.from_dict(
                        assigned_team_first_response_time_type_0_item_data
                    )

                    assigned_team_first_response_time_type_0.append(assigned_team_first_response_time_type_0_item)

                assigned_team_first_response_time = assigned_team_first_response_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.assigned_team_first_response_time = assigned_team_first_response_time

        assigned_team_first_response_time_in_office_hours = src_dict.get(
            "assigned_team_first_response_time_in_office_hours"
        )
        if isinstance(assigned_team_first_response_time_in_office_hours, list):
            try:
                assigned_team_first_response_time_in_office_hours_type_0 = []
                _assigned_team_first_response_time_in_office_hours_type_0 = (
                    assigned_team_first_response_time_in_office_hours
                )
                for (
                    assigned_team_first_response_time_in_office_hours_type_0_item_data
                ) in _assigned_team_first_response_time_in_office_hours_type_0:
                    assigned_team_first_response_time_in_office_hours_type_0_item = ConversationResponseTime.from_dict(
                        assigned_team_first_response_time_in_office_hours_type_0_item_data
                    )

                    assigned_team_first_response_time_in_office_hours_type_0.append(
                        assigned_team_first_response_time_in_office_hours_type_0_item
                    )

                assigned_team_first_response_time_in_office_hours = (
                    assigned_team_first_response_time_in_office_hours_type_0
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.assigned_team_first_response_time_in_office_hours = assigned_team_first_response_time_in_office_hours

        self.handling_time = src_dict.get("handling_time")

        self.adjusted_handling_time = src_dict.get("adjusted_handling_time")

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
        "type",
        "time_to_assignment",
        "time_to_admin_reply",
        "time_to_first_close",
        "time_to_last_close",
        "median_time_to_reply",
        "first_contact_reply_at",
        "first_assignment_at",
        "first_admin_reply_at",
        "first_close_at",
        "last_assignment_at",
        "last_assignment_admin_reply_at",
        "last_contact_reply_at",
        "last_admin_reply_at",
        "last_close_at",
        "last_closed_by_id",
        "count_reopens",
        "count_assignments",
        "count_conversation_parts",
        "assigned_team_first_response_time",
        "assigned_team_first_response_time_in_office_hours",
        "handling_time",
        "adjusted_handling_time",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ConversationResponseTime
    from ..models.conversation_response_time import ConversationResponseTime

    _lazy_loaded = True
