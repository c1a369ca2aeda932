from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """Collections are top level containers for Articles within the Help Center.

    Attributes:
        id (None | str): The unique identifier for the collection which is given by Intercom. Example: 6871119.
        workspace_id (None | str): The id of the workspace which the collection belongs to. Example: hfi1bx4l.
        name (None | str): The name of the collection. For multilingual collections, this will be the name of the
            default language's content. Example: Default language name.
        description (None | str): The description of the collection. For multilingual help centers, this will be the
            description of the collection for the default language. Example: Default language description.
        created_at (int | None): The time when the article was created (seconds). For multilingual articles, this will
            be the timestamp of creation of the default language's content. Example: 1672928359.
        updated_at (int | None): The time when the article was last updated (seconds). For multilingual articles, this
            will be the timestamp of last update of the default language's content. Example: 1672928610.
        url (None | str): The URL of the collection. For multilingual help centers, this will be the URL of the
            collection for the default language. Example: http://intercom.test/help/collection/name.
        icon (None | str): The icon of the collection. Example: book-bookmark.
        order (int | None): The order of the section in relation to others sections within a collection. Values go from
            `0` upwards. `0` is the default if there's no order. Example: 1.
        default_locale (None | str): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        translated_content (GroupTranslatedContent | None):
        parent_id (None | str): The id of the parent collection. If `null` then it is the first level collection.
            Example: 6871118.
        help_center_id (int | None): The id of the help center the collection is in. Example: 123.
    """

    id: None | str = None
    workspace_id: None | str = None
    name: None | str = None
    description: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    url: None | str = None
    icon: None | str = None
    order: int | None = None
    default_locale: None | str = None
    translated_content: GroupTranslatedContent | None = None
    parent_id: None | str = None
    help_center_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        translated_content: dict[str, Any] | None | Unset
        if isinstance(self.translated_content, Unset):
            translated_content = UNSET
        elif isinstance(self.translated_content, GroupTranslatedContent):
            translated_content = self.translated_content.to_dict()
        else:
            translated_content = self.translated_content

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        help_center_id: int | None | Unset
        if isinstance(self.help_center_id, Unset):
            help_center_id = UNSET
        else:
            help_center_id = self.help_center_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if icon is not UNSET and (icon is not None or "icon" in self._received):
            field_dict["icon"] = icon
        if order is not UNSET and (order is not None or "order" in self._received):
            field_dict["order"] = order
        if default_locale is not UNSET and (default_locale is not None or "default_locale" in self._received):
            field_dict["default_locale"] = default_locale
        if translated_content is not UNSET and (
            translated_content is not None or "translated_content" in self._received
        ):
            field_dict["translated_content"] = translated_content
        if parent_id is not UNSET and (parent_id is not None or "parent_id" in self._received):
            field_dict["parent_id"] = parent_id
        if help_center_id is not UNSET and (help_center_id is not None or "help_center_id" in self._received):
            field_dict["help_center_id"] = help_center_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Collection:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.workspace_id = src_dict.get("workspace_id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.url = src_dict.get("url")

        self.icon = src_dict.get("icon")

        self.order = src_dict.get("order")

        self.default_locale = src_dict.get("default_locale")

        translated_content = src_dict.get("translated_content")
        if isinstance(translated_content, dict):
            try:
                translated_content_type_0 = GroupTranslatedContent.from_dict(translated_content)

                translated_content = translated_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.translated_content = translated_content

        self.parent_id = src_dict.get("parent_id")

        self.help_center_id = src_dict.get("help_center_id")

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
        "id",
        "workspace_id",
        "name",
        "description",
        "created_at",
        "updated_at",
        "url",
        "icon",
        "order",
        "default_locale",
        "translated_content",
        "parent_id",
        "help_center_id",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, GroupTranslatedContent
    from ..models.group_translated_content import GroupTranslatedContent

    _lazy_loaded = True
