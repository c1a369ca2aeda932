from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationStatistics")


@_attrs_define
class ConversationStatistics:
    """A Statistics object containing all information required for reporting, with timestamps and calculated metrics.

    Attributes:
        type_ (None | str | Unset):  Example: conversation_statistics.
        time_to_assignment (int | None | Unset): Duration until last assignment before first admin reply. In seconds.
            Example: 2310.
        time_to_admin_reply (int | None | Unset): Duration until first admin reply. Subtracts out of business hours. In
            seconds. Example: 2310.
        time_to_first_close (int | None | Unset): Duration until conversation was closed first time. Subtracts out of
            business hours. In seconds. Example: 2310.
        time_to_last_close (int | None | Unset): Duration until conversation was closed last time. Subtracts out of
            business hours. In seconds. Example: 2310.
        median_time_to_reply (int | None | Unset): Median based on all admin replies after a contact reply. Subtracts
            out of business hours. In seconds. Example: 2310.
        first_contact_reply_at (int | None | Unset): Time of first text conversation part from a contact. Example:
            1663597233.
        first_assignment_at (int | None | Unset): Time of first assignment after first_contact_reply_at. Example:
            1663597233.
        first_admin_reply_at (int | None | Unset): Time of first admin reply after first_contact_reply_at. Example:
            1663597233.
        first_close_at (int | None | Unset): Time of first close after first_contact_reply_at. Example: 1663597233.
        last_assignment_at (int | None | Unset): Time of last assignment after first_contact_reply_at. Example:
            1663597233.
        last_assignment_admin_reply_at (int | None | Unset): Time of first admin reply since most recent assignment.
            Example: 1663597233.
        last_contact_reply_at (int | None | Unset): Time of the last conversation part from a contact. Example:
            1663597233.
        last_admin_reply_at (int | None | Unset): Time of the last conversation part from an admin. Example: 1663597233.
        last_close_at (int | None | Unset): Time of the last conversation close. Example: 1663597233.
        last_closed_by_id (int | None | Unset): The last admin who closed the conversation. Returns a reference to an
            Admin object. Example: c3po.
        count_reopens (int | None | Unset): Number of reopens after first_contact_reply_at. Example: 1.
        count_assignments (int | None | Unset): Number of assignments after first_contact_reply_at. Example: 1.
        count_conversation_parts (int | None | Unset): Total number of conversation parts. Example: 1.
    """

    type_: None | str | Unset = UNSET
    time_to_assignment: int | None | Unset = UNSET
    time_to_admin_reply: int | None | Unset = UNSET
    time_to_first_close: int | None | Unset = UNSET
    time_to_last_close: int | None | Unset = UNSET
    median_time_to_reply: int | None | Unset = UNSET
    first_contact_reply_at: int | None | Unset = UNSET
    first_assignment_at: int | None | Unset = UNSET
    first_admin_reply_at: int | None | Unset = UNSET
    first_close_at: int | None | Unset = UNSET
    last_assignment_at: int | None | Unset = UNSET
    last_assignment_admin_reply_at: int | None | Unset = UNSET
    last_contact_reply_at: int | None | Unset = UNSET
    last_admin_reply_at: int | None | Unset = UNSET
    last_close_at: int | None | Unset = UNSET
    last_closed_by_id: int | None | Unset = UNSET
    count_reopens: int | None | Unset = UNSET
    count_assignments: int | None | Unset = UNSET
    count_conversation_parts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if time_to_assignment is not UNSET:
            field_dict["time_to_assignment"] = time_to_assignment
        if time_to_admin_reply is not UNSET:
            field_dict["time_to_admin_reply"] = time_to_admin_reply
        if time_to_first_close is not UNSET:
            field_dict["time_to_first_close"] = time_to_first_close
        if time_to_last_close is not UNSET:
            field_dict["time_to_last_close"] = time_to_last_close
        if median_time_to_reply is not UNSET:
            field_dict["median_time_to_reply"] = median_time_to_reply
        if first_contact_reply_at is not UNSET:
            field_dict["first_contact_reply_at"] = first_contact_reply_at
        if first_assignment_at is not UNSET:
            field_dict["first_assignment_at"] = first_assignment_at
        if first_admin_reply_at is not UNSET:
            field_dict["first_admin_reply_at"] = first_admin_reply_at
        if first_close_at is not UNSET:
            field_dict["first_close_at"] = first_close_at
        if last_assignment_at is not UNSET:
            field_dict["last_assignment_at"] = last_assignment_at
        if last_assignment_admin_reply_at is not UNSET:
            field_dict["last_assignment_admin_reply_at"] = last_assignment_admin_reply_at
        if last_contact_reply_at is not UNSET:
            field_dict["last_contact_reply_at"] = last_contact_reply_at
        if last_admin_reply_at is not UNSET:
            field_dict["last_admin_reply_at"] = last_admin_reply_at
        if last_close_at is not UNSET:
            field_dict["last_close_at"] = last_close_at
        if last_closed_by_id is not UNSET:
            field_dict["last_closed_by_id"] = last_closed_by_id
        if count_reopens is not UNSET:
            field_dict["count_reopens"] = count_reopens
        if count_assignments is not UNSET:
            field_dict["count_assignments"] = count_assignments
        if count_conversation_parts is not UNSET:
            field_dict["count_conversation_parts"] = count_conversation_parts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        time_to_assignment = d.pop("time_to_assignment", UNSET)

        time_to_admin_reply = d.pop("time_to_admin_reply", UNSET)

        time_to_first_close = d.pop("time_to_first_close", UNSET)

        time_to_last_close = d.pop("time_to_last_close", UNSET)

        median_time_to_reply = d.pop("median_time_to_reply", UNSET)

        first_contact_reply_at = d.pop("first_contact_reply_at", UNSET)

        first_assignment_at = d.pop("first_assignment_at", UNSET)

        first_admin_reply_at = d.pop("first_admin_reply_at", UNSET)

        first_close_at = d.pop("first_close_at", UNSET)

        last_assignment_at = d.pop("last_assignment_at", UNSET)

        last_assignment_admin_reply_at = d.pop("last_assignment_admin_reply_at", UNSET)

        last_contact_reply_at = d.pop("last_contact_reply_at", UNSET)

        last_admin_reply_at = d.pop("last_admin_reply_at", UNSET)

        last_close_at = d.pop("last_close_at", UNSET)

        last_closed_by_id = d.pop("last_closed_by_id", UNSET)

        count_reopens = d.pop("count_reopens", UNSET)

        count_assignments = d.pop("count_assignments", UNSET)

        count_conversation_parts = d.pop("count_conversation_parts", UNSET)

        conversation_statistics = cls(
            type_=type_,
            time_to_assignment=time_to_assignment,
            time_to_admin_reply=time_to_admin_reply,
            time_to_first_close=time_to_first_close,
            time_to_last_close=time_to_last_close,
            median_time_to_reply=median_time_to_reply,
            first_contact_reply_at=first_contact_reply_at,
            first_assignment_at=first_assignment_at,
            first_admin_reply_at=first_admin_reply_at,
            first_close_at=first_close_at,
            last_assignment_at=last_assignment_at,
            last_assignment_admin_reply_at=last_assignment_admin_reply_at,
            last_contact_reply_at=last_contact_reply_at,
            last_admin_reply_at=last_admin_reply_at,
            last_close_at=last_close_at,
            last_closed_by_id=last_closed_by_id,
            count_reopens=count_reopens,
            count_assignments=count_assignments,
            count_conversation_parts=count_conversation_parts,
        )

        conversation_statistics.additional_properties = d
        return conversation_statistics

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
