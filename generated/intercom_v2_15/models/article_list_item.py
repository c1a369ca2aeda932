from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_list_item_state import ArticleListItemState
from ..models.article_list_item_type import ArticleListItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent
    from ..models.tags import Tags


T = TypeVar("T", bound="ArticleListItem")


@_attrs_define
class ArticleListItem:
    """The data returned about your articles when you list them.

    Attributes:
        type_ (ArticleListItemType | None): The type of object - `article`. Default: ArticleListItemType.ARTICLE.
            Example: article.
        id (None | str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        workspace_id (None | str): The id of the workspace which the article belongs to. Example: hfi1bx4l.
        title (None | str): The title of the article. For multilingual articles, this will be the title of the default
            language's content. Example: Default language title.
        description (None | str): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Default language description.
        body (None | str): The body of the article in HTML. For multilingual articles, this will be the body of the
            default language's content. Example: Default language body in html.
        author_id (int | None): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example:
            5017691.
        state (ArticleListItemState | None): Whether the article is `published` or is a `draft`. For multilingual
            articles, this will be the state of the default language's content. Default: ArticleListItemState.DRAFT.
            Example: published.
        created_at (int | None): The time when the article was created. For multilingual articles, this will be the
            timestamp of creation of the default language's content in seconds. Example: 1672928359.
        updated_at (int | None): The time when the article was last updated. For multilingual articles, this will be the
            timestamp of last update of the default language's content in seconds. Example: 1672928610.
        url (None | str): The URL of the article. For multilingual articles, this will be the URL of the default
            language's content. Example: http://intercom.test/help/en/articles/3-default-language.
        parent_id (int | None): The id of the article's parent collection or section. An article without this field
            stands alone. Example: 125685.
        parent_ids (list[int] | None): The ids of the article's parent collections or sections. An article without this
            field stands alone. Example: [18, 19].
        parent_type (None | str): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        default_locale (None | str): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        translated_content (ArticleTranslatedContent | None):
        tags (None | Tags):
    """

    type_: ArticleListItemType | None = None
    id: None | str = None
    workspace_id: None | str = None
    title: None | str = None
    description: None | str = None
    body: None | str = None
    author_id: int | None = None
    state: ArticleListItemState | None = None
    created_at: int | None = None
    updated_at: int | None = None
    url: None | str = None
    parent_id: int | None = None
    parent_ids: list[int] | None = None
    parent_type: None | str = None
    default_locale: None | str = None
    translated_content: ArticleTranslatedContent | None = None
    tags: None | Tags = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleListItemType):
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
        elif isinstance(self.state, ArticleListItemState):
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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_ids: list[int] | None | Unset
        if isinstance(self.parent_ids, Unset):
            parent_ids = UNSET
        elif isinstance(self.parent_ids, list):
            parent_ids = self.parent_ids

        else:
            parent_ids = self.parent_ids

        parent_type: None | str | Unset
        if isinstance(self.parent_type, Unset):
            parent_type = UNSET
        else:
            parent_type = self.parent_type

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        translated_content: dict[str, Any] | None | Unset
        if isinstance(self.translated_content, Unset):
            translated_content = UNSET
        elif isinstance(self.translated_content, ArticleTranslatedContent):
            translated_content = self.translated_content.to_dict()
        else:
            translated_content = self.translated_content

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, Tags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

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
        if parent_id is not UNSET and (parent_id is not None or "parent_id" in self._received):
            field_dict["parent_id"] = parent_id
        if parent_ids is not UNSET and (parent_ids is not None or "parent_ids" in self._received):
            field_dict["parent_ids"] = parent_ids
        if parent_type is not UNSET and (parent_type is not None or "parent_type" in self._received):
            field_dict["parent_type"] = parent_type
        if default_locale is not UNSET and (default_locale is not None or "default_locale" in self._received):
            field_dict["default_locale"] = default_locale
        if translated_content is not UNSET and (
            translated_content is not None or "translated_content" in self._received
        ):
            field_dict["translated_content"] = translated_content
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ArticleListItem:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ArticleListItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.workspace_id = src_dict.get("workspace_id")

        self.title = src_dict.get("title")

        self.description = src_dict.get("description")

        self.body = src_dict.get("body")

        self.author_id = src_dict.get("author_id")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = ArticleListItemState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.url = src_dict.get("url")

        self.parent_id = src_dict.get("parent_id")

        self.parent_ids = src_dict.get("parent_ids")

        self.parent_type = src_dict.get("parent_type")

        self.default_locale = src_dict.get("default_locale")

        translated_content = src_dict.get("translated_content")
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = ArticleTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.translated_content = translated_content

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = Tags.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

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
        "description",
        "body",
        "author_id",
        "state",
        "created_at",
        "updated_at",
        "url",
        "parent_id",
        "parent_ids",
        "parent_type",
        "default_locale",
        "translated_content",
        "tags",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ArticleTranslatedContent, Tags
    from ..models.article_translated_content import ArticleTranslatedContent
    from ..models.tags import Tags

    _lazy_loaded = True
