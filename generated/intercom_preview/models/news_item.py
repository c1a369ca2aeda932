from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_item_state import NewsItemState
from ..models.news_item_type import NewsItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment


T = TypeVar("T", bound="NewsItem")


@_attrs_define
class NewsItem:
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

        Attributes:
            type_ (NewsItemType | None): The type of object. Example: news-item.
            id (None | str): The unique identifier for the news item which is given by Intercom. Example: 141.
            workspace_id (None | str): The id of the workspace which the news item belongs to. Example: t74hdn32.
            title (None | str): The title of the news item. Example: New feature: News Items.
            body (None | str): The news item body, which may contain HTML. Example: We are excited to announce the launch of
                News Items, a new content type in Intercom enabling you to announce product updates, company news, promotions,
                events and more with your customers..
            sender_id (int | None): The id of the sender of the news item. Must be a teammate on the workspace. Example:
                123.
            state (NewsItemState | None): News items will not be visible to your users in the assigned newsfeeds until they
                are set live. Example: live.
            newsfeed_assignments (list[NewsfeedAssignment] | None): A list of newsfeed_assignments to assign to the
                specified newsfeed.
            labels (list[None | str] | None): Label names displayed to users to categorize the news item.
            cover_image_url (None | str): URL of the image used as cover. Must have .jpg or .png extension. Example:
                https://example.com/cover.jpg.
            reactions (list[None | str] | None): Ordered list of emoji reactions to the news item. When empty, reactions are
                disabled.
            deliver_silently (bool | None): When set to true, the news item will appear in the messenger newsfeed without
                showing a notification badge. Example: True.
            created_at (int | None): Timestamp for when the news item was created. Example: 1610589632.
            updated_at (int | None): Timestamp for when the news item was last updated. Example: 1610589632.
    """

    type_: NewsItemType | None = None
    id: None | str = None
    workspace_id: None | str = None
    title: None | str = None
    body: None | str = None
    sender_id: int | None = None
    state: NewsItemState | None = None
    newsfeed_assignments: list[NewsfeedAssignment] | None = None
    labels: list[None | str] | None = None
    cover_image_url: None | str = None
    reactions: list[None | str] | None = None
    deliver_silently: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, NewsItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        sender_id: int | None | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, NewsItemState):
            state = self.state.value
        else:
            state = self.state

        newsfeed_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.newsfeed_assignments, Unset):
            newsfeed_assignments = UNSET
        elif isinstance(self.newsfeed_assignments, list):
            newsfeed_assignments = []
            for newsfeed_assignments_type_0_item_data in self.newsfeed_assignments:
                newsfeed_assignments_type_0_item = newsfeed_assignments_type_0_item_data.to_dict()
                newsfeed_assignments.append(newsfeed_assignments_type_0_item)

        else:
            newsfeed_assignments = self.newsfeed_assignments

        labels: list[None | str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = []
            for labels_type_0_item_data in self.labels:
                labels_type_0_item: None | str
                labels_type_0_item = labels_type_0_item_data
                labels.append(labels_type_0_item)

        else:
            labels = self.labels

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        reactions: list[None | str] | None | Unset
        if isinstance(self.reactions, Unset):
            reactions = UNSET
        elif isinstance(self.reactions, list):
            reactions = []
            for reactions_type_0_item_data in self.reactions:
                reactions_type_0_item: None | str
                reactions_type_0_item = reactions_type_0_item_data
                reactions.append(reactions_type_0_item)

        else:
            reactions = self.reactions

        deliver_silently: bool | None | Unset
        if isinstance(self.deliver_silently, Unset):
            deliver_silently = UNSET
        else:
            deliver_silently = self.deliver_silently

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if sender_id is not UNSET and (sender_id is not None or "sender_id" in self._received):
            field_dict["sender_id"] = sender_id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if newsfeed_assignments is not UNSET and (
            newsfeed_assignments is not None or "newsfeed_assignments" in self._received
        ):
            field_dict["newsfeed_assignments"] = newsfeed_assignments
        if labels is not UNSET and (labels is not None or "labels" in self._received):
            field_dict["labels"] = labels
        if cover_image_url is not UNSET and (cover_image_url is not None or "cover_image_url" in self._received):
            field_dict["cover_image_url"] = cover_image_url
        if reactions is not UNSET and (reactions is not None or "reactions" in self._received):
            field_dict["reactions"] = reactions
        if deliver_silently is not UNSET and (deliver_silently is not None or "deliver_silently" in self._received):
            field_dict["deliver_silently"] = deliver_silently
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not NewsItem:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = NewsItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.workspace_id = src_dict.get("workspace_id")

        self.title = src_dict.get("title")

        self.body = src_dict.get("body")

        self.sender_id = src_dict.get("sender_id")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = NewsItemState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        newsfeed_assignments = src_dict.get("newsfeed_assignments")
        if isinstance(newsfeed_assignments, list):
            try:
                newsfeed_assignments_type_0 = []
                _newsfeed_assignments_type_0 = newsfeed_assignments
                for newsfeed_assignments_type_0_item_data in _newsfeed_assignments_type_0:
                    newsfeed_assignments_type_0_item = NewsfeedAssignment.from_dict(
                        newsfeed_assignments_type_0_item_data
                    )

                    newsfeed_assignments_type_0.append(newsfeed_assignments_type_0_item)

                newsfeed_assignments = newsfeed_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.newsfeed_assignments = newsfeed_assignments

        labels = src_dict.get("labels")
        if isinstance(labels, list):
            try:
                labels_type_0 = []
                _labels_type_0 = labels
                for labels_type_0_item_data in _labels_type_0:
                    labels_type_0_item = labels_type_0_item_data

                    labels_type_0.append(labels_type_0_item)

                labels = labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.labels = labels

        self.cover_image_url = src_dict.get("cover_image_url")

        reactions = src_dict.get("reactions")
        if isinstance(reactions, list):
            try:
                reactions_type_0 = []
                _reactions_type_0 = reactions
                for reactions_type_0_item_data in _reactions_type_0:
                    reactions_type_0_item = reactions_type_0_item_data

                    reactions_type_0.append(reactions_type_0_item)

                reactions = reactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reactions = reactions

        self.deliver_silently = src_dict.get("deliver_silently")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

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
        "id",
        "workspace_id",
        "title",
        "body",
        "sender_id",
        "state",
        "newsfeed_assignments",
        "labels",
        "cover_image_url",
        "reactions",
        "deliver_silently",
        "created_at",
        "updated_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, NewsfeedAssignment
    from ..models.newsfeed_assignment import NewsfeedAssignment

    _lazy_loaded = True
