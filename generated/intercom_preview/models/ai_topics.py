from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ai_topic import AiTopic


T = TypeVar("T", bound="AiTopics")


@_attrs_define
class AiTopics:
    """AI-generated topics and subtopics for the conversation.

    Attributes:
        type_ (None | str): Always ai_topics. Example: ai_topics.
        topics (list[AiTopic] | None): The list of AI-generated topics for this conversation.
    """

    type_: None | str = None
    topics: list[AiTopic] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        topics: list[dict[str, Any]] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = []
            for topics_type_0_item_data in self.topics:
                topics_type_0_item = topics_type_0_item_data.to_dict()
                topics.append(topics_type_0_item)

        else:
            topics = self.topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if topics is not UNSET and (topics is not None or "topics" in self._received):
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not AiTopics:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        topics = src_dict.get("topics")
        if isinstance(topics, list):
            try:
                topics_type_0 = []
                _topics_type_0 = topics
                for topics_type_0_item_data in _topics_type_0:
                    topics_type_0_item = AiTopic.from_dict(topics_type_0_item_data)

                    topics_type_0.append(topics_type_0_item)

                topics = topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.topics = topics

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
        "topics",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, AiTopic
    from ..models.ai_topic import AiTopic

    _lazy_loaded = True
