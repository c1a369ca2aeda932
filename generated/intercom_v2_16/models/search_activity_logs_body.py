from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchActivityLogsBody")


@_attrs_define
class SearchActivityLogsBody:
    """
    Attributes:
        created_at_after (int): The start date that you request data for. It must be formatted as a UNIX timestamp.
            Example: 1677253093.
        created_at_before (int | Unset): The end date that you request data for. It must be formatted as a UNIX
            timestamp. Example: 1677861493.
        event_types (list[str] | Unset): An optional list of event types to filter activity logs by. Use the list all
            activity log event types endpoint to retrieve available values. Example: ['app_name_change',
            'message_state_change'].
        page (int | Unset): The page number of results to return. Default: 1. Example: 1.
        per_page (int | Unset): The number of results per page. Must be between 1 and 250. Default: 20. Example: 20.
    """

    created_at_after: int
    created_at_before: int | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    page: int | Unset = 1
    per_page: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at_after = self.created_at_after

        created_at_before = self.created_at_before

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at_after": created_at_after,
            }
        )
        if created_at_before is not UNSET:
            field_dict["created_at_before"] = created_at_before
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at_after = d.pop("created_at_after")

        created_at_before = d.pop("created_at_before", UNSET)

        event_types = cast(list[str], d.pop("event_types", UNSET))

        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        search_activity_logs_body = cls(
            created_at_after=created_at_after,
            created_at_before=created_at_before,
            event_types=event_types,
            page=page,
            per_page=per_page,
        )

        search_activity_logs_body.additional_properties = d
        return search_activity_logs_body

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
