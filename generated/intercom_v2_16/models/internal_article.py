from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_article_type import InternalArticleType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="InternalArticle")


@_attrs_define
class InternalArticle:
    """The data returned about your internal articles when you list them.

    Attributes:
        type_ (InternalArticleType | None): The type of object - `internal_article`. Default:
            InternalArticleType.INTERNAL_ARTICLE. Example: internal_article.
        id (None | str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        title (None | str): The title of the article.
        body (None | str): The body of the article in HTML. Example: Default language body in html.
        body_markdown (None | str): The body of the article in markdown. Example: # Internal Guide

            Body of the article in markdown
            .
        owner_id (int | None): The id of the owner of the article. Example: 5017691.
        author_id (int | None): The id of the author of the article. Example: 5017691.
        created_at (int | None): The time when the article was created. Example: 1672928359.
        updated_at (int | None): The time when the article was last updated. Example: 1672928610.
        locale (None | str): The default locale of the article.
        audience_ids (list[int] | None): The list of audience IDs this internal article is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
        ai_chatbot_availability (bool | None): Whether the internal article is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | None): Whether the internal article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the internal article is available for AI Sales Agent.
            Example: True.
    """

    type_: InternalArticleType | None = None
    id: None | str = None
    title: None | str = None
    body: None | str = None
    body_markdown: None | str = None
    owner_id: int | None = None
    author_id: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    locale: None | str = None
    audience_ids: list[int] | None = None
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InternalArticleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        body_markdown: None | str | Unset
        if isinstance(self.body_markdown, Unset):
            body_markdown = UNSET
        else:
            body_markdown = self.body_markdown

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

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

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if body_markdown is not UNSET and (body_markdown is not None or "body_markdown" in self._received):
            field_dict["body_markdown"] = body_markdown
        if owner_id is not UNSET and (owner_id is not None or "owner_id" in self._received):
            field_dict["owner_id"] = owner_id
        if author_id is not UNSET and (author_id is not None or "author_id" in self._received):
            field_dict["author_id"] = author_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not InternalArticle:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = InternalArticleType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.body = src_dict.get("body")

        self.body_markdown = src_dict.get("body_markdown")

        self.owner_id = src_dict.get("owner_id")

        self.author_id = src_dict.get("author_id")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.locale = src_dict.get("locale")

        self.audience_ids = src_dict.get("audience_ids")

        self.ai_chatbot_availability = src_dict.get("ai_chatbot_availability")

        self.ai_copilot_availability = src_dict.get("ai_copilot_availability")

        self.ai_sales_agent_availability = src_dict.get("ai_sales_agent_availability")

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
        "title",
        "body",
        "body_markdown",
        "owner_id",
        "author_id",
        "created_at",
        "updated_at",
        "locale",
        "audience_ids",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
    }
)
