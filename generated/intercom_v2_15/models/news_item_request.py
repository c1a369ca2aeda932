from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_item_request_state import NewsItemRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment


T = TypeVar("T", bound="NewsItemRequest")


@_attrs_define
class NewsItemRequest:
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

        Attributes:
            title (str): The title of the news item. Example: Halloween is here!.
            sender_id (int): The id of the sender of the news item. Must be a teammate on the workspace. Example: 123.
            body (str | Unset): The news item body, which may contain HTML. Example: <p>New costumes in store for this
                spooky season</p>.
            state (NewsItemRequestState | Unset): News items will not be visible to your users in the assigned newsfeeds
                until they are set live. Example: live.
            deliver_silently (bool | Unset): When set to `true`, the news item will appear in the messenger newsfeed without
                showing a notification badge. Example: True.
            labels (list[str] | Unset): Label names displayed to users to categorize the news item. Example: ['Product',
                'Update', 'New'].
            reactions (list[None | str] | Unset): Ordered list of emoji reactions to the news item. When empty, reactions
                are disabled. Example: ['😆', '😅'].
            newsfeed_assignments (list[NewsfeedAssignment] | Unset): A list of newsfeed_assignments to assign to the
                specified newsfeed.
    """

    title: str
    sender_id: int
    body: str | Unset = UNSET
    state: NewsItemRequestState | Unset = UNSET
    deliver_silently: bool | Unset = UNSET
    labels: list[str] | Unset = UNSET
    reactions: list[None | str] | Unset = UNSET
    newsfeed_assignments: list[NewsfeedAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        title = self.title

        sender_id = self.sender_id

        body = self.body

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        deliver_silently = self.deliver_silently

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        reactions: list[None | str] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = []
            for reactions_item_data in self.reactions:
                reactions_item: None | str
                reactions_item = reactions_item_data
                reactions.append(reactions_item)

        newsfeed_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.newsfeed_assignments, Unset):
            newsfeed_assignments = []
            for newsfeed_assignments_item_data in self.newsfeed_assignments:
                newsfeed_assignments_item = newsfeed_assignments_item_data.to_dict()
                newsfeed_assignments.append(newsfeed_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "sender_id": sender_id,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if state is not UNSET:
            field_dict["state"] = state
        if deliver_silently is not UNSET:
            field_dict["deliver_silently"] = deliver_silently
        if labels is not UNSET:
            field_dict["labels"] = labels
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if newsfeed_assignments is not UNSET:
            field_dict["newsfeed_assignments"] = newsfeed_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        title = d.pop("title")

        sender_id = d.pop("sender_id")

        body = d.pop("body", UNSET)

        _state = d.pop("state", UNSET)
        state: NewsItemRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = NewsItemRequestState(_state)

        deliver_silently = d.pop("deliver_silently", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        _reactions = d.pop("reactions", UNSET)
        reactions: list[None | str] | Unset = UNSET
        if _reactions is not UNSET:
            reactions = []
            for reactions_item_data in _reactions:
                reactions_item = reactions_item_data

                reactions.append(reactions_item)

        _newsfeed_assignments = d.pop("newsfeed_assignments", UNSET)
        newsfeed_assignments: list[NewsfeedAssignment] | Unset = UNSET
        if _newsfeed_assignments is not UNSET:
            newsfeed_assignments = []
            for newsfeed_assignments_item_data in _newsfeed_assignments:
                newsfeed_assignments_item = NewsfeedAssignment.from_dict(newsfeed_assignments_item_data)

                newsfeed_assignments.append(newsfeed_assignments_item)

        news_item_request = cls(
            title=title,
            sender_id=sender_id,
            body=body,
            state=state,
            deliver_silently=deliver_silently,
            labels=labels,
            reactions=reactions,
            newsfeed_assignments=newsfeed_assignments,
        )

        news_item_request.additional_properties = d
        return news_item_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, NewsfeedAssignment
    from ..models.newsfeed_assignment import NewsfeedAssignment

    _lazy_loaded = True
