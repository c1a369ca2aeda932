from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_article_request_state import UpdateArticleRequestState
from ..types import UNSET, Unset

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
        body (str | Unset): The content of the article. For multilingual articles, this will be the body of the default
            language's content. Example: <p>This is the body in html</p>.
        author_id (int | Unset): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example: 1295.
        state (UpdateArticleRequestState | Unset): Whether the article will be `published` or will be a `draft`.
            Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published
            article goes live immediately unless that article already has a pending draft. For multilingual articles, this
            will be the state of the default language's content. Example: draft.
        parent_id (str | Unset): The id of the article's parent collection or section. An article without this field
            stands alone. Example: 18.
        parent_type (str | Unset): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        translated_content (ArticleTranslatedContent | None | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    body: str | Unset = UNSET
    author_id: int | Unset = UNSET
    state: UpdateArticleRequestState | Unset = UNSET
    parent_id: str | Unset = UNSET
    parent_type: str | Unset = UNSET
    translated_content: ArticleTranslatedContent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        title = self.title

        description = self.description

        body = self.body

        author_id = self.author_id

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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if body is not UNSET:
            field_dict["body"] = body
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
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
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        body = d.pop("body", UNSET)

        author_id = d.pop("author_id", UNSET)

        _state = d.pop("state", UNSET)
        state: UpdateArticleRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = UpdateArticleRequestState(_state)

        parent_id = d.pop("parent_id", UNSET)

        parent_type = d.pop("parent_type", UNSET)

        translated_content = d.pop("translated_content", UNSET)
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = ArticleTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        update_article_request = cls(
            title=title,
            description=description,
            body=body,
            author_id=author_id,
            state=state,
            parent_id=parent_id,
            parent_type=parent_type,
            translated_content=translated_content,
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
