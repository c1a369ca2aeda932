from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_content_state import ArticleContentState
from ..models.article_content_type import ArticleContentType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ArticleContent")


@_attrs_define
class ArticleContent:
    """The Content of an Article.

    Attributes:
        type_ (ArticleContentType | None): The type of object - `article_content` . Example: article_content.
        title (None | str): The title of the article. Example: How to create a new article.
        description (None | str): The description of the article. Example: This article will show you how to create a
            new article..
        body (None | str): The body of the article in HTML. Example: This is the body of the article..
        body_markdown (None | str): The body of the article in markdown. Example: # How to create a new article

            This is the body of the article.
            .
        author_id (int | None): The ID of the author of the article. Example: 5017691.
        state (ArticleContentState | None): Whether the article is `published` or is a `draft` . Example: draft.
        created_at (int | None): The time when the article was created (seconds). Example: 1663597223.
        updated_at (int | None): The time when the article was last updated (seconds). Example: 1663597260.
        has_unpublished_changes (bool | None): Whether this locale's published content has unpublished changes staged as
            a draft on top of its live content. Only returned on the `Preview` API version. Example: False.
        draft_updated_at (int | None): The time, in seconds, when this locale's staged draft was last edited, or `null`
            when there is no staged draft. Only returned on the `Preview` API version. Example: 1663597260.
        url (None | str): The URL of the article. Example: http://intercom.test/help/en/articles/3-default-language.
        audience_ids (list[int] | None): The list of audience IDs this article content is targeted to for Fin AI Agent.
            On multilingual help centers this field appears per-locale inside `translated_content`. On single-language help
            centers it appears at the article root level. Empty array means no audience targeting is set. Example: [1, 2].
        ai_chatbot_availability (bool | None): Whether the article is available for AI Chatbot. Example: True.
        ai_copilot_availability (bool | None): Whether the article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the article is available for AI Sales Agent. Example: True.
        created_by_id (int | None): The ID of the teammate who created this content version. Example: 5017691.
        updated_by_id (int | None): The ID of the teammate who last updated this content version. Example: 5017691.
    """

    type_: ArticleContentType | None = None
    title: None | str = None
    description: None | str = None
    body: None | str = None
    body_markdown: None | str = None
    author_id: int | None = None
    state: ArticleContentState | None = None
    created_at: int | None = None
    updated_at: int | None = None
    has_unpublished_changes: bool | None = None
    draft_updated_at: int | None = None
    url: None | str = None
    audience_ids: list[int] | None = None
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    created_by_id: int | None = None
    updated_by_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleContentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_markdown: None | str | Unset
        if isinstance(self.body_markdown, Unset):
            body_markdown = UNSET
        else:
            body_markdown = self.body_markdown

        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ArticleContentState):
            state = self.state.value
        else:
            state = self.state

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

        has_unpublished_changes: bool | None | Unset
        if isinstance(self.has_unpublished_changes, Unset):
            has_unpublished_changes = UNSET
        else:
            has_unpublished_changes = self.has_unpublished_changes

        draft_updated_at: int | None | Unset
        if isinstance(self.draft_updated_at, Unset):
            draft_updated_at = UNSET
        else:
            draft_updated_at = self.draft_updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        audience_ids: list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        ai_chatbot_availability: bool | None | Unset
        if isinstance(self.ai_chatbot_availability, Unset):
            ai_chatbot_availability = UNSET
        else:
            ai_chatbot_availability = self.ai_chatbot_availability

        ai_copilot_availability: bool | None | Unset
        if isinstance(self.ai_copilot_availability, Unset):
            ai_copilot_availability = UNSET
        else:
            ai_copilot_availability = self.ai_copilot_availability

        ai_sales_agent_availability: bool | None | Unset
        if isinstance(self.ai_sales_agent_availability, Unset):
            ai_sales_agent_availability = UNSET
        else:
            ai_sales_agent_availability = self.ai_sales_agent_availability

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        updated_by_id: int | None | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if body_markdown is not UNSET and (body_markdown is not None or "body_markdown" in self._received):
            field_dict["body_markdown"] = body_markdown
        if author_id is not UNSET and (author_id is not None or "author_id" in self._received):
            field_dict["author_id"] = author_id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if has_unpublished_changes is not UNSET and (
            has_unpublished_changes is not None or "has_unpublished_changes" in self._received
        ):
            field_dict["has_unpublished_changes"] = has_unpublished_changes
        if draft_updated_at is not UNSET and (draft_updated_at is not None or "draft_updated_at" in self._received):
            field_dict["draft_updated_at"] = draft_updated_at
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if audience_ids is not UNSET and (audience_ids is not None or "audience_ids" in self._received):
            field_dict["audience_ids"] = audience_ids
        if ai_chatbot_availability is not UNSET and (
            ai_chatbot_availability is not None or "ai_chatbot_availability" in self._received
        ):
            field_dict["ai_chatbot_availability"] = ai_chatbot_availability
        if ai_copilot_availability is not UNSET and (
            ai_copilot_availability is not None or "ai_copilot_availability" in self._received
        ):
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET and (
            ai_sales_agent_availability is not None or "ai_sales_agent_availability" in self._received
        ):
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability
        if created_by_id is not UNSET and (created_by_id is not None or "created_by_id" in self._received):
            field_dict["created_by_id"] = created_by_id
        if updated_by_id is not UNSET and (updated_by_id is not None or "updated_by_id" in self._received):
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ArticleContent:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ArticleContentType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.title = src_dict.get("title")

        self.description = src_dict.get("description")

        self.body = src_dict.get("body")

        self.body_markdown = src_dict.get("body_markdown")

        self.author_id = src_dict.get("author_id")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = ArticleContentState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.has_unpublished_changes = src_dict.get("has_unpublished_changes")

        self.draft_updated_at = src_dict.get("draft_updated_at")

        self.url = src_dict.get("url")

        self.audience_ids = src_dict.get("audience_ids")

        self.ai_chatbot_availability = src_dict.get("ai_chatbot_availability")

        self.ai_copilot_availability = src_dict.get("ai_copilot_availability")

        self.ai_sales_agent_availability = src_dict.get("ai_sales_agent_availability")

        self.created_by_id = src_dict.get("created_by_id")

        self.updated_by_id = src_dict.get("updated_by_id")

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
        "title",
        "description",
        "body",
        "body_markdown",
        "author_id",
        "state",
        "created_at",
        "updated_at",
        "has_unpublished_changes",
        "draft_updated_at",
        "url",
        "audience_ids",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "created_by_id",
        "updated_by_id",
    }
)
