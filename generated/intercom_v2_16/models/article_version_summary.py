from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_version_summary_state import ArticleVersionSummaryState
from ..models.article_version_summary_type import ArticleVersionSummaryType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ArticleVersionSummary")


@_attrs_define
class ArticleVersionSummary:
    """A metadata summary of an article version, as returned by the version-history list endpoint. Omits the version's body
    content - fetch a single version to retrieve its `body` and `body_markdown`.

        Attributes:
            type_ (ArticleVersionSummaryType | None): String representing the object's type. Always has the value
                `article_version`. Example: article_version.
            id (None | str): The unique identifier for the version. Example: 301.
            article_id (None | str): The unique identifier of the article this version belongs to. Example: 123.
            title (None | str): The title of the article at this version. Example: This is the article title.
            description (None | str): The description of the article at this version.
            author_id (None | str): The id of the teammate listed as the article's author at this version. Example:
                991267502.
            created_by_id (None | str): The id of the teammate who created this version. Example: 5017691.
            created_via (None | str): How this version was created (for example `web`, `api`). Example: web.
            from_version_id (None | str): The id of the version this version was created from, or `null` if this is the
                first version. Example: 300.
            state (ArticleVersionSummaryState | None): Whether this version is the currently published version of the
                article (`published`) or an earlier non-live version (`draft`). Example: published.
            created_at (int | None): The time the version was created, as a UTC Unix timestamp. Example: 1734537292.
    """

    type_: ArticleVersionSummaryType | None = None
    id: None | str = None
    article_id: None | str = None
    title: None | str = None
    description: None | str = None
    author_id: None | str = None
    created_by_id: None | str = None
    created_via: None | str = None
    from_version_id: None | str = None
    state: ArticleVersionSummaryState | None = None
    created_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleVersionSummaryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        article_id: None | str | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

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

        author_id: None | str | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        else:
            created_via = self.created_via

        from_version_id: None | str | Unset
        if isinstance(self.from_version_id, Unset):
            from_version_id = UNSET
        else:
            from_version_id = self.from_version_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ArticleVersionSummaryState):
            state = self.state.value
        else:
            state = self.state

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if article_id is not UNSET and (article_id is not None or "article_id" in self._received):
            field_dict["article_id"] = article_id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if author_id is not UNSET and (author_id is not None or "author_id" in self._received):
            field_dict["author_id"] = author_id
        if created_by_id is not UNSET and (created_by_id is not None or "created_by_id" in self._received):
            field_dict["created_by_id"] = created_by_id
        if created_via is not UNSET and (created_via is not None or "created_via" in self._received):
            field_dict["created_via"] = created_via
        if from_version_id is not UNSET and (from_version_id is not None or "from_version_id" in self._received):
            field_dict["from_version_id"] = from_version_id
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ArticleVersionSummary:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ArticleVersionSummaryType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.article_id = src_dict.get("article_id")

        self.title = src_dict.get("title")

        self.description = src_dict.get("description")

        self.author_id = src_dict.get("author_id")

        self.created_by_id = src_dict.get("created_by_id")

        self.created_via = src_dict.get("created_via")

        self.from_version_id = src_dict.get("from_version_id")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = ArticleVersionSummaryState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.created_at = src_dict.get("created_at")

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
        "article_id",
        "title",
        "description",
        "author_id",
        "created_by_id",
        "created_via",
        "from_version_id",
        "state",
        "created_at",
    }
)
