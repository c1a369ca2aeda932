from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_article_request_state import CreateArticleRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent


T = TypeVar("T", bound="CreateArticleRequest")


@_attrs_define
class CreateArticleRequest:
    """You can create an Article

    Attributes:
        title (str): The title of the article.For multilingual articles, this will be the title of the default
            language's content. Example: Thanks for everything.
        author_id (int): The id of the author of the article. For multilingual articles, this will be the id of the
            author of the default language's content. Must be a teammate on the help center's workspace. Example: 1295.
        description (str | Unset): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Description of the Article.
        body (str | Unset): The content of the article. For multilingual articles, this will be the body of the default
            language's content. Example: <p>This is the body in html</p>.
        state (CreateArticleRequestState | Unset): Whether the article will be `published` or will be a `draft`.
            Defaults to draft. For multilingual articles, this will be the state of the default language's content. Example:
            draft.
        parent_id (int | Unset): The id of the article's parent collection or section. An article without this field
            stands alone. Example: 18.
        parent_type (str | Unset): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        translated_content (ArticleTranslatedContent | None | Unset):
    """

    title: str
    author_id: int
    description: str | Unset = UNSET
    body: str | Unset = UNSET
    state: CreateArticleRequestState | Unset = UNSET
    parent_id: int | Unset = UNSET
    parent_type: str | Unset = UNSET
    translated_content: ArticleTranslatedContent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        title = self.title

        author_id = self.author_id

        description = self.description

        body = self.body

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        parent_id = self.parent_id

        parent_type = self.parent_type

        translated_content: dict[str, Any] | None | Unset
        if isinstance(self.translated_content, Unset):
            translated_content = UNSET
        elif isinstance(self.translated_content, ArticleTranslatedContent):
            translated_content = self.translated_content.to_dict()
        else:
            translated_content = self.translated_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author_id": author_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if body is not UNSET:
            field_dict["body"] = body
        if state is not UNSET:
            field_dict["state"] = state
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if translated_content is not UNSET:
            field_dict["translated_content"] = translated_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        title = d.pop("title")

        author_id = d.pop("author_id")

        description = d.pop("description", UNSET)

        body = d.pop("body", UNSET)

        _state = d.pop("state", UNSET)
        state: CreateArticleRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CreateArticleRequestState(_state)

        parent_id = d.pop("parent_id", UNSET)

        parent_type = d.pop("parent_type", UNSET)

        translated_content = d.pop("translated_content", UNSET)
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = ArticleTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_article_request = cls(
            title=title,
            author_id=author_id,
            description=description,
            body=body,
            state=state,
            parent_id=parent_id,
            parent_type=parent_type,
            translated_content=translated_content,
        )

        create_article_request.additional_properties = d
        return create_article_request

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
