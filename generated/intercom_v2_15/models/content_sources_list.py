from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_sources_list_type import ContentSourcesListType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.content_source import ContentSource


T = TypeVar("T", bound="ContentSourcesList")


@_attrs_define
class ContentSourcesList:
    """
    Attributes:
        type_ (ContentSourcesListType | None):  Example: content_source.list.
        total_count (int | None): The total number of content sources used by AI Agent in the conversation. Example: 1.
        content_sources (list[ContentSource] | None): The content sources used by AI Agent in the conversation.
    """

    type_: ContentSourcesListType | None = None
    total_count: int | None = None
    content_sources: list[ContentSource] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContentSourcesListType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        content_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_sources, Unset):
            content_sources = UNSET
        elif isinstance(self.content_sources, list):
            content_sources = []
            for content_sources_type_0_item_data in self.content_sources:
                content_sources_type_0_item = content_sources_type_0_item_data.to_dict()
                content_sources.append(content_sources_type_0_item)

        else:
            content_sources = self.content_sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if content_sources is not UNSET and (content_sources is not None or "content_sources" in self._received):
            field_dict["content_sources"] = content_sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ContentSourcesList:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ContentSourcesListType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.total_count = src_dict.get("total_count")

        content_sources = src_dict.get("content_sources")
        if isinstance(content_sources, list):
            try:
                content_sources_type_0 = []
                _content_sources_type_0 = content_sources
                for content_sources_type_0_item_data in _content_sources_type_0:
                    content_sources_type_0_item = ContentSource.from_dict(content_sources_type_0_item_data)

                    content_sources_type_0.append(content_sources_type_0_item)

                content_sources = content_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.content_sources = content_sources

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
        "total_count",
        "content_sources",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContentSource
    from ..models.content_source import ContentSource

    _lazy_loaded = True
