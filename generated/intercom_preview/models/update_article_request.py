from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_article_request_state import UpdateArticleRequestState
from ..types import UNSET, Unset, WireDateTime

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent


T = TypeVar("T", bound="UpdateArticleRequest")


@_attrs_define
class UpdateArticleRequest:
    """You can Update an Article

    Attributes:
        title (str | Unset): The title of the article.For multilingual articles, this will be the title of the default
            language's content. Example: Thanks for everything.
        description (str | Unset): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Description of the Article.
        body (str | Unset): The content of the article in HTML. For multilingual articles, this will be the body of the
            default language's content. Mutually exclusive with `body_markdown`. Example: <p>This is the body in html</p>.
        body_markdown (str | Unset): The content of the article in markdown. For multilingual articles, this will be the
            body of the default language's content. An alternative to `body` — you can provide content as markdown instead
            of HTML. Mutually exclusive with `body`. Example: ## Updated heading

            New content.
            .
        author_id (int | Unset): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example: 1295.
        state (UpdateArticleRequestState | Unset): Whether the article will be `published` or will be a `draft`.
            Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published
            article goes live immediately unless that article already has a pending draft or a scheduled publish time is set
            in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and always stages a draft. For
            multilingual articles, this will be the state of the default language's content. Example: draft.
        parent_id (str | Unset): The id of the article's parent collection or section. An article without this field
            stands alone. Example: 18.
        parent_type (str | Unset): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        parent_ids (list[int] | Unset): The ids of the parent collections to place this article in. Send an empty array
            to remove the article from all collections. When provided, this takes precedence over `parent_id` and
            `parent_type`. Example: [18, 19].
        translated_content (ArticleTranslatedContent | None | Unset):
        folder_id (int | None | Unset): The ID of the folder to place this article in, or null to remove it from its
            folder. Example: 6.
        audience_ids (list[int] | None | Unset): The list of audience IDs to assign to this article for Fin AI Agent
            targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids:
            []` clears all audience memberships from every locale. For per-locale targeting, use
            `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request
            causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. Example: [1, 2].
        ai_chatbot_availability (bool | Unset): Whether the article should be available for AI Chatbot (Fin). For
            multilingual articles, this sets the default language's availability. Example: True.
        ai_copilot_availability (bool | Unset): Whether the article should be available for AI Copilot. For multilingual
            articles, this sets the default language's availability. Example: True.
        ai_sales_agent_availability (bool | Unset): Whether the article should be available for AI Sales Agent. For
            multilingual articles, this sets the default language's availability. Example: True.
        scheduled_publish_at (datetime.datetime | None | Unset): ISO 8601 timestamp at which to schedule a future
            publish of the article. When set together with `state: "published"`, the article is scheduled instead of
            published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the
            current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining
            with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at`
            returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. Example:
            2026-12-31T09:00:00Z.
        scheduled_unpublish_at (datetime.datetime | None | Unset): ISO 8601 timestamp at which to schedule a future
            unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal
            to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future.
            Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as
            `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400
            `parameter_invalid`. Example: 2026-12-31T17:00:00Z.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    body: str | Unset = UNSET
    body_markdown: str | Unset = UNSET
    author_id: int | Unset = UNSET
    state: UpdateArticleRequestState | Unset = UNSET
    parent_id: str | Unset = UNSET
    parent_type: str | Unset = UNSET
    parent_ids: list[int] | Unset = UNSET
    translated_content: ArticleTranslatedContent | None | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    audience_ids: list[int] | None | Unset = UNSET
    ai_chatbot_availability: bool | Unset = UNSET
    ai_copilot_availability: bool | Unset = UNSET
    ai_sales_agent_availability: bool | Unset = UNSET
    scheduled_publish_at: datetime.datetime | None | Unset = UNSET
    scheduled_unpublish_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        title = self.title

        description = self.description

        body = self.body

        body_markdown = self.body_markdown

        author_id = self.author_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        parent_id = self.parent_id

        parent_type = self.parent_type

        parent_ids: list[int] | Unset = UNSET
        if not isinstance(self.parent_ids, Unset):
            parent_ids = self.parent_ids

        translated_content: dict[str, Any] | None | Unset
        if isinstance(self.translated_content, Unset):
            translated_content = UNSET
        elif isinstance(self.translated_content, ArticleTranslatedContent):
            translated_content = self.translated_content.to_dict()
        else:
            translated_content = self.translated_content

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        audience_ids: list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        ai_chatbot_availability = self.ai_chatbot_availability

        ai_copilot_availability = self.ai_copilot_availability

        ai_sales_agent_availability = self.ai_sales_agent_availability

        scheduled_publish_at: None | str | Unset
        if isinstance(self.scheduled_publish_at, Unset):
            scheduled_publish_at = UNSET
        elif isinstance(self.scheduled_publish_at, datetime.datetime):
            scheduled_publish_at = self.scheduled_publish_at.isoformat()
        else:
            scheduled_publish_at = self.scheduled_publish_at

        scheduled_unpublish_at: None | str | Unset
        if isinstance(self.scheduled_unpublish_at, Unset):
            scheduled_unpublish_at = UNSET
        elif isinstance(self.scheduled_unpublish_at, datetime.datetime):
            scheduled_unpublish_at = self.scheduled_unpublish_at.isoformat()
        else:
            scheduled_unpublish_at = self.scheduled_unpublish_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if body is not UNSET:
            field_dict["body"] = body
        if body_markdown is not UNSET:
            field_dict["body_markdown"] = body_markdown
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if state is not UNSET:
            field_dict["state"] = state
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if parent_ids is not UNSET:
            field_dict["parent_ids"] = parent_ids
        if translated_content is not UNSET:
            field_dict["translated_content"] = translated_content
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if audience_ids is not UNSET:
            field_dict["audience_ids"] = audience_ids
        if ai_chatbot_availability is not UNSET:
            field_dict["ai_chatbot_availability"] = ai_chatbot_availability
        if ai_copilot_availability is not UNSET:
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET:
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability
        if scheduled_publish_at is not UNSET:
            field_dict["scheduled_publish_at"] = scheduled_publish_at
        if scheduled_unpublish_at is not UNSET:
            field_dict["scheduled_unpublish_at"] = scheduled_unpublish_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        body = d.pop("body", UNSET)

        body_markdown = d.pop("body_markdown", UNSET)

        author_id = d.pop("author_id", UNSET)

        _state = d.pop("state", UNSET)
        state: UpdateArticleRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = UpdateArticleRequestState(_state)

        parent_id = d.pop("parent_id", UNSET)

        parent_type = d.pop("parent_type", UNSET)

        parent_ids = cast(list[int], d.pop("parent_ids", UNSET))

        translated_content = d.pop("translated_content", UNSET)
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = ArticleTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        folder_id = d.pop("folder_id", UNSET)

        audience_ids = d.pop("audience_ids", UNSET)

        ai_chatbot_availability = d.pop("ai_chatbot_availability", UNSET)

        ai_copilot_availability = d.pop("ai_copilot_availability", UNSET)

        ai_sales_agent_availability = d.pop("ai_sales_agent_availability", UNSET)

        scheduled_publish_at = d.pop("scheduled_publish_at", UNSET)
        if isinstance(scheduled_publish_at, str):
            try:
                scheduled_publish_at_type_0 = WireDateTime.parse(scheduled_publish_at)

                scheduled_publish_at = scheduled_publish_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        scheduled_unpublish_at = d.pop("scheduled_unpublish_at", UNSET)
        if isinstance(scheduled_unpublish_at, str):
            try:
                scheduled_unpublish_at_type_0 = WireDateTime.parse(scheduled_unpublish_at)

                scheduled_unpublish_at = scheduled_unpublish_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        update_article_request = cls(
            title=title,
            description=description,
            body=body,
            body_markdown=body_markdown,
            author_id=author_id,
            state=state,
            parent_id=parent_id,
            parent_type=parent_type,
            parent_ids=parent_ids,
            translated_content=translated_content,
            folder_id=folder_id,
            audience_ids=audience_ids,
            ai_chatbot_availability=ai_chatbot_availability,
            ai_copilot_availability=ai_copilot_availability,
            ai_sales_agent_availability=ai_sales_agent_availability,
            scheduled_publish_at=scheduled_publish_at,
            scheduled_unpublish_at=scheduled_unpublish_at,
        )

        update_article_request.additional_properties = d
        return update_article_request

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
    global _lazy_loaded, ArticleTranslatedContent
    from ..models.article_translated_content import ArticleTranslatedContent

    _lazy_loaded = True
