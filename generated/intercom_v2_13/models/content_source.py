from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_source_content_type import ContentSourceContentType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ContentSource")


@_attrs_define
class ContentSource:
    """The content source used by AI Agent in the conversation.

    Attributes:
        content_type (ContentSourceContentType | None): The type of the content source. Example: content_snippet.
        url (None | str): The internal URL linking to the content source for teammates. Example: /fin-ai-
            agent/content?content=content_snippet&id=3234924.
        title (None | str): The title of the content source. Example: My internal content snippet.
        locale (None | str): The ISO 639 language code of the content source. Example: en.
    """

    content_type: ContentSourceContentType | None = None
    url: None | str = None
    title: None | str = None
    locale: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, ContentSourceContentType):
            content_type = self.content_type.value
        else:
            content_type = self.content_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET and (content_type is not None or "content_type" in self._received):
            field_dict["content_type"] = content_type
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ContentSource:
            cls.__init__(self)
        content_type = src_dict.get("content_type")
        if isinstance(content_type, str):
            try:
                content_type_type_1 = ContentSourceContentType(content_type)

                content_type = content_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.content_type = content_type

        self.url = src_dict.get("url")

        self.title = src_dict.get("title")

        self.locale = src_dict.get("locale")

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
        "content_type",
        "url",
        "title",
        "locale",
    }
)
