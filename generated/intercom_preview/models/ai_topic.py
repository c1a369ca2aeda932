from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.ai_subtopic import AiSubtopic


T = TypeVar("T", bound="AiTopic")


@_attrs_define
class AiTopic:
    """An AI-generated topic assigned to the conversation.

    Attributes:
        type_ (None | str): Always ai_topic. Example: ai_topic.
        topic_name (None | str): The name of the AI-generated topic. Example: Billing.
        subtopics (list[AiSubtopic] | None): The subtopics under this topic.
    """

    type_: None | str = None
    topic_name: None | str = None
    subtopics: list[AiSubtopic] | None = None
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

        topic_name: None | str | Unset
        if isinstance(self.topic_name, Unset):
            topic_name = UNSET
        else:
            topic_name = self.topic_name

        subtopics: list[dict[str, Any]] | None | Unset
        if isinstance(self.subtopics, Unset):
            subtopics = UNSET
        elif isinstance(self.subtopics, list):
            subtopics = []
            for subtopics_type_0_item_data in self.subtopics:
                subtopics_type_0_item = subtopics_type_0_item_data.to_dict()
                subtopics.append(subtopics_type_0_item)

        else:
            subtopics = self.subtopics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if topic_name is not UNSET and (topic_name is not None or "topic_name" in self._received):
            field_dict["topic_name"] = topic_name
        if subtopics is not UNSET and (subtopics is not None or "subtopics" in self._received):
            field_dict["subtopics"] = subtopics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not AiTopic:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.topic_name = src_dict.get("topic_name")

        subtopics = src_dict.get("subtopics")
        if isinstance(subtopics, list):
            try:
                subtopics_type_0 = []
                _subtopics_type_0 = subtopics
                for subtopics_type_0_item_data in _subtopics_type_0:
                    subtopics_type_0_item = AiSubtopic.from_dict(subtopics_type_0_item_data)

                    subtopics_type_0.append(subtopics_type_0_item)

                subtopics = subtopics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.subtopics = subtopics

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
        "topic_name",
        "subtopics",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, AiSubtopic
    from ..models.ai_subtopic import AiSubtopic

    _lazy_loaded = True
