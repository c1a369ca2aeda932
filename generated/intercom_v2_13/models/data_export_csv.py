from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataExportCsv")


@_attrs_define
class DataExportCsv:
    """A CSV output file

    Attributes:
        user_id (str | Unset): The user_id of the user who was sent the message.
        user_external_id (str | Unset): The external_user_id of the user who was sent the message
        company_id (str | Unset): The company ID of the user in relation to the message that was sent. Will return -1 if
            no company is present.
        email (str | Unset): The users email who was sent the message.
        name (str | Unset): The full name of the user receiving the message
        ruleset_id (str | Unset): The id of the message.
        content_id (str | Unset): The specific content that was received. In an A/B test each version has its own
            Content ID.
        content_type (str | Unset): Email, Chat, Post etc.
        content_title (str | Unset): The title of the content you see in your Intercom workspace.
        ruleset_version_id (str | Unset): As you edit content we record new versions. This ID can help you determine
            which version of a piece of content that was received.
        receipt_id (str | Unset): ID for this receipt. Will be included with any related stats in other files to
            identify this specific delivery of a message.
        received_at (int | Unset): Timestamp for when the receipt was recorded.
        series_id (str | Unset): The id of the series that this content is part of. Will return -1 if not part of a
            series.
        series_title (str | Unset): The title of the series that this content is part of.
        node_id (str | Unset): The id of the series node that this ruleset is associated with. Each block in a series
            has a corresponding node_id.
        first_reply (int | Unset): The first time a user replied to this message if the content was able to receive
            replies. Only events within the export job's requested date range are counted.
        first_completion (int | Unset): The first time a user completed this message if the content was able to be
            completed e.g. Tours, Surveys. Only events within the export job's requested date range are counted.
        first_series_completion (int | Unset): The first time the series this message was a part of was completed by the
            user. Only events within the export job's requested date range are counted.
        first_series_disengagement (int | Unset): The first time the series this message was a part of was disengaged by
            the user. Only events within the export job's requested date range are counted.
        first_series_exit (int | Unset): The first time the series this message was a part of was exited by the user.
            Only events within the export job's requested date range are counted.
        first_goal_success (int | Unset): The first time the user met this messages associated goal if one exists. Only
            events within the export job's requested date range are counted.
        first_open (int | Unset): The first time the user opened this message. Only events within the export job's
            requested date range are counted.
        first_click (int | Unset): The first time the series the user clicked on a link within this message. Only events
            within the export job's requested date range are counted.
        first_dismisall (int | Unset): The first time the series the user dismissed this message. Only events within the
            export job's requested date range are counted.
        first_unsubscribe (int | Unset): The first time the user unsubscribed from this message. Only events within the
            export job's requested date range are counted.
        first_hard_bounce (int | Unset): The first time this message hard bounced for this user. Only events within the
            export job's requested date range are counted.
    """

    user_id: str | Unset = UNSET
    user_external_id: str | Unset = UNSET
    company_id: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    ruleset_id: str | Unset = UNSET
    content_id: str | Unset = UNSET
    content_type: str | Unset = UNSET
    content_title: str | Unset = UNSET
    ruleset_version_id: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    received_at: int | Unset = UNSET
    series_id: str | Unset = UNSET
    series_title: str | Unset = UNSET
    node_id: str | Unset = UNSET
    first_reply: int | Unset = UNSET
    first_completion: int | Unset = UNSET
    first_series_completion: int | Unset = UNSET
    first_series_disengagement: int | Unset = UNSET
    first_series_exit: int | Unset = UNSET
    first_goal_success: int | Unset = UNSET
    first_open: int | Unset = UNSET
    first_click: int | Unset = UNSET
    first_dismisall: int | Unset = UNSET
    first_unsubscribe: int | Unset = UNSET
    first_hard_bounce: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_external_id = self.user_external_id

        company_id = self.company_id

        email = self.email

        name = self.name

        ruleset_id = self.ruleset_id

        content_id = self.content_id

        content_type = self.content_type

        content_title = self.content_title

        ruleset_version_id = self.ruleset_version_id

        receipt_id = self.receipt_id

        received_at = self.received_at

        series_id = self.series_id

        series_title = self.series_title

        node_id = self.node_id

        first_reply = self.first_reply

        first_completion = self.first_completion

        first_series_completion = self.first_series_completion

        first_series_disengagement = self.first_series_disengagement

        first_series_exit = self.first_series_exit

        first_goal_success = self.first_goal_success

        first_open = self.first_open

        first_click = self.first_click

        first_dismisall = self.first_dismisall

        first_unsubscribe = self.first_unsubscribe

        first_hard_bounce = self.first_hard_bounce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_external_id is not UNSET:
            field_dict["user_external_id"] = user_external_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if ruleset_id is not UNSET:
            field_dict["ruleset_id"] = ruleset_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_title is not UNSET:
            field_dict["content_title"] = content_title
        if ruleset_version_id is not UNSET:
            field_dict["ruleset_version_id"] = ruleset_version_id
        if receipt_id is not UNSET:
            field_dict["receipt_id"] = receipt_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if series_id is not UNSET:
            field_dict["series_id"] = series_id
        if series_title is not UNSET:
            field_dict["series_title"] = series_title
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if first_reply is not UNSET:
            field_dict["first_reply"] = first_reply
        if first_completion is not UNSET:
            field_dict["first_completion"] = first_completion
        if first_series_completion is not UNSET:
            field_dict["first_series_completion"] = first_series_completion
        if first_series_disengagement is not UNSET:
            field_dict["first_series_disengagement"] = first_series_disengagement
        if first_series_exit is not UNSET:
            field_dict["first_series_exit"] = first_series_exit
        if first_goal_success is not UNSET:
            field_dict["first_goal_success"] = first_goal_success
        if first_open is not UNSET:
            field_dict["first_open"] = first_open
        if first_click is not UNSET:
            field_dict["first_click"] = first_click
        if first_dismisall is not UNSET:
            field_dict["first_dismisall"] = first_dismisall
        if first_unsubscribe is not UNSET:
            field_dict["first_unsubscribe"] = first_unsubscribe
        if first_hard_bounce is not UNSET:
            field_dict["first_hard_bounce"] = first_hard_bounce

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        user_external_id = d.pop("user_external_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        ruleset_id = d.pop("ruleset_id", UNSET)

        content_id = d.pop("content_id", UNSET)

        content_type = d.pop("content_type", UNSET)

        content_title = d.pop("content_title", UNSET)

        ruleset_version_id = d.pop("ruleset_version_id", UNSET)

        receipt_id = d.pop("receipt_id", UNSET)

        received_at = d.pop("received_at", UNSET)

        series_id = d.pop("series_id", UNSET)

        series_title = d.pop("series_title", UNSET)

        node_id = d.pop("node_id", UNSET)

        first_reply = d.pop("first_reply", UNSET)

        first_completion = d.pop("first_completion", UNSET)

        first_series_completion = d.pop("first_series_completion", UNSET)

        first_series_disengagement = d.pop("first_series_disengagement", UNSET)

        first_series_exit = d.pop("first_series_exit", UNSET)

        first_goal_success = d.pop("first_goal_success", UNSET)

        first_open = d.pop("first_open", UNSET)

        first_click = d.pop("first_click", UNSET)

        first_dismisall = d.pop("first_dismisall", UNSET)

        first_unsubscribe = d.pop("first_unsubscribe", UNSET)

        first_hard_bounce = d.pop("first_hard_bounce", UNSET)

        data_export_csv = cls(
            user_id=user_id,
            user_external_id=user_external_id,
            company_id=company_id,
            email=email,
            name=name,
            ruleset_id=ruleset_id,
            content_id=content_id,
            content_type=content_type,
            content_title=content_title,
            ruleset_version_id=ruleset_version_id,
            receipt_id=receipt_id,
            received_at=received_at,
            series_id=series_id,
            series_title=series_title,
            node_id=node_id,
            first_reply=first_reply,
            first_completion=first_completion,
            first_series_completion=first_series_completion,
            first_series_disengagement=first_series_disengagement,
            first_series_exit=first_series_exit,
            first_goal_success=first_goal_success,
            first_open=first_open,
            first_click=first_click,
            first_dismisall=first_dismisall,
            first_unsubscribe=first_unsubscribe,
            first_hard_bounce=first_hard_bounce,
        )

        data_export_csv.additional_properties = d
        return data_export_csv

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
