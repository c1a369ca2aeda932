from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInternalArticleRequest")


@_attrs_define
class UpdateInternalArticleRequest:
    """You can Update an Internal Article

    Attributes:
        title (str | Unset): The title of the article. Example: Thanks for everything.
        body (str | Unset): The content of the article in HTML. Mutually exclusive with `body_markdown`.
        body_markdown (str | Unset): The content of the article in markdown. An alternative to `body` — you can provide
            content as markdown instead of HTML. Mutually exclusive with `body`. Example: ## Updated

            New content.
            .
        author_id (int | Unset): The id of the author of the article. Example: 1295.
        owner_id (int | Unset): The id of the owner of the article. Example: 1295.
        folder_id (int | None | Unset): The ID of the folder to place this article in, or null to remove it from its
            folder. Example: 6.
        audience_ids (list[int] | None | Unset): The list of audience IDs to target this internal article to for Fin AI
            Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
            all audience memberships. Unknown audience IDs return a `404` error with no partial commit. Example: [1, 2].
        ai_chatbot_availability (bool | Unset): Whether the internal article should be available for AI Chatbot (Fin).
            Example: True.
        ai_copilot_availability (bool | Unset): Whether the internal article should be available for AI Copilot.
            Example: True.
        ai_sales_agent_availability (bool | Unset): Whether the internal article should be available for AI Sales Agent.
            Example: True.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    body_markdown: str | Unset = UNSET
    author_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    audience_ids: list[int] | None | Unset = UNSET
    ai_chatbot_availability: bool | Unset = UNSET
    ai_copilot_availability: bool | Unset = UNSET
    ai_sales_agent_availability: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        body_markdown = self.body_markdown

        author_id = self.author_id

        owner_id = self.owner_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if body_markdown is not UNSET:
            field_dict["body_markdown"] = body_markdown
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        body = d.pop("body", UNSET)

        body_markdown = d.pop("body_markdown", UNSET)

        author_id = d.pop("author_id", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        audience_ids = d.pop("audience_ids", UNSET)

        ai_chatbot_availability = d.pop("ai_chatbot_availability", UNSET)

        ai_copilot_availability = d.pop("ai_copilot_availability", UNSET)

        ai_sales_agent_availability = d.pop("ai_sales_agent_availability", UNSET)

        update_internal_article_request = cls(
            title=title,
            body=body,
            body_markdown=body_markdown,
            author_id=author_id,
            owner_id=owner_id,
            folder_id=folder_id,
            audience_ids=audience_ids,
            ai_chatbot_availability=ai_chatbot_availability,
            ai_copilot_availability=ai_copilot_availability,
            ai_sales_agent_availability=ai_sales_agent_availability,
        )

        update_internal_article_request.additional_properties = d
        return update_internal_article_request

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
