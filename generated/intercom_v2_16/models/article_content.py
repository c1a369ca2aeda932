from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_content_state import ArticleContentState
from ..models.article_content_type import ArticleContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleContent")


@_attrs_define
class ArticleContent:
    """The Content of an Article.

    Attributes:
        type_ (ArticleContentType | None | Unset): The type of object - `article_content` . Example: article_content.
        title (None | str | Unset): The title of the article. Example: How to create a new article.
        description (None | str | Unset): The description of the article. Example: This article will show you how to
            create a new article..
        body (None | str | Unset): The body of the article in HTML. Example: This is the body of the article..
        body_markdown (None | str | Unset): The body of the article in markdown. Example: # How to create a new article

            This is the body of the article.
            .
        author_id (int | None | Unset): The ID of the author of the article. Example: 5017691.
        state (ArticleContentState | None | Unset): Whether the article is `published` or is a `draft` . Example: draft.
        created_at (int | None | Unset): The time when the article was created (seconds). Example: 1663597223.
        updated_at (int | None | Unset): The time when the article was last updated (seconds). Example: 1663597260.
        has_unpublished_changes (bool | None | Unset): Whether this locale's published content has unpublished changes
            staged as a draft on top of its live content. Example: False.
        draft_updated_at (int | None | Unset): The time, in seconds, when this locale's staged draft was last edited, or
            `null` when there is no staged draft. Example: 1663597260.
        url (None | str | Unset): The URL of the article.
        audience_ids (list[int] | None | Unset): The list of audience IDs this article content is targeted to for Fin AI
            Agent. On multilingual help centers this field appears per-locale inside `translated_content`. On single-
            language help centers it appears at the article root level. Empty array means no audience targeting is set.
            Example: [1, 2].
        ai_chatbot_availability (bool | None | Unset): Whether the article is available for AI Chatbot. Example: True.
        ai_copilot_availability (bool | None | Unset): Whether the article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None | Unset): Whether the article is available for AI Sales Agent. Example:
            True.
        created_by_id (int | None | Unset): The ID of the teammate who created this content version. Example: 5017691.
        updated_by_id (int | None | Unset): The ID of the teammate who last updated this content version. Example:
            5017691.
    """

    type_: ArticleContentType | None | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    body_markdown: None | str | Unset = UNSET
    author_id: int | None | Unset = UNSET
    state: ArticleContentState | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    has_unpublished_changes: bool | None | Unset = UNSET
    draft_updated_at: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    audience_ids: list[int] | None | Unset = UNSET
    ai_chatbot_availability: bool | None | Unset = UNSET
    ai_copilot_availability: bool | None | Unset = UNSET
    ai_sales_agent_availability: bool | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    updated_by_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if has_unpublished_changes is not UNSET:
            field_dict["has_unpublished_changes"] = has_unpublished_changes
        if draft_updated_at is not UNSET:
            field_dict["draft_updated_at"] = draft_updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if audience_ids is not UNSET:
            field_dict["audience_ids"] = audience_ids
        if ai_chatbot_availability is not UNSET:
            field_dict["ai_chatbot_availability"] = ai_chatbot_availability
        if ai_copilot_availability is not UNSET:
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET:
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ArticleContentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ArticleContentType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleContentType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        body = d.pop("body", UNSET)

        body_markdown = d.pop("body_markdown", UNSET)

        author_id = d.pop("author_id", UNSET)

        def _parse_state(data: object) -> ArticleContentState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = ArticleContentState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleContentState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        has_unpublished_changes = d.pop("has_unpublished_changes", UNSET)

        draft_updated_at = d.pop("draft_updated_at", UNSET)

        url = d.pop("url", UNSET)

        def _parse_audience_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audience_ids_type_0 = cast(list[int], data)

                return audience_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        audience_ids = _parse_audience_ids(d.pop("audience_ids", UNSET))

        ai_chatbot_availability = d.pop("ai_chatbot_availability", UNSET)

        ai_copilot_availability = d.pop("ai_copilot_availability", UNSET)

        ai_sales_agent_availability = d.pop("ai_sales_agent_availability", UNSET)

        created_by_id = d.pop("created_by_id", UNSET)

        updated_by_id = d.pop("updated_by_id", UNSET)

        article_content = cls(
            type_=type_,
            title=title,
            description=description,
            body=body,
            body_markdown=body_markdown,
            author_id=author_id,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            has_unpublished_changes=has_unpublished_changes,
            draft_updated_at=draft_updated_at,
            url=url,
            audience_ids=audience_ids,
            ai_chatbot_availability=ai_chatbot_availability,
            ai_copilot_availability=ai_copilot_availability,
            ai_sales_agent_availability=ai_sales_agent_availability,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
        )

        article_content.additional_properties = d
        return article_content

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
