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
        body (None | str): The body of the article. Example: This is the body of the article..
        author_id (int | None): The ID of the author of the article. Example: 5017691.
        state (ArticleContentState | None): Whether the article is `published` or is a `draft` . Example: draft.
        created_at (int | None): The time when the article was created (seconds). Example: 1663597223.
        updated_at (int | None): The time when the article was last updated (seconds). Example: 1663597260.
        url (None | str): The URL of the article. Example: http://intercom.test/help/en/articles/3-default-language.
    """

    type_: ArticleContentType | None = None
    title: None | str = None
    description: None | str = None
    body: None | str = None
    author_id: int | None = None
    state: ArticleContentState | None = None
    created_at: int | None = None
    updated_at: int | None = None
    url: None | str = None
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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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
        if author_id is not UNSET and (author_id is not None or "author_id" in self._received):
            field_dict["author_id"] = author_id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url

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

        self.url = src_dict.get("url")

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
        "author_id",
        "state",
        "created_at",
        "updated_at",
        "url",
    }
)
