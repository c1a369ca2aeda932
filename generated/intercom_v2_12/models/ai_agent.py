from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_last_answer_type import AiAgentLastAnswerType
from ..models.ai_agent_resolution_state import AiAgentResolutionState
from ..models.ai_agent_source_type import AiAgentSourceType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.content_sources_list import ContentSourcesList


T = TypeVar("T", bound="AiAgent")


@_attrs_define
class AiAgent:
    """Data related to AI Agent involvement in the conversation.

    Attributes:
        source_type (AiAgentSourceType | None): The type of the source that triggered AI Agent involvement in the
            conversation. Example: workflow.
        source_title (None | str): The title of the source that triggered AI Agent involvement in the conversation. If
            this is `essentials_plan_setup` then it will return `null`. Example: My AI Workflow.
        last_answer_type (AiAgentLastAnswerType | None): The type of the last answer delivered by AI Agent. If no answer
            was delivered then this will return `null` Example: ai_answer.
        resolution_state (AiAgentResolutionState | None): The resolution state of AI Agent. If no AI or custom answer
            has been delivered then this will return `null`. Example: assumed_resolution.
        rating (int | None): The customer satisfaction rating given to AI Agent, from 1-5. Example: 4.
        rating_remark (None | str): The customer satisfaction rating remark given to AI Agent. Example: Very helpful!.
        content_sources (ContentSourcesList | None):
    """

    source_type: AiAgentSourceType | None = None
    source_title: None | str = None
    last_answer_type: AiAgentLastAnswerType | None = None
    resolution_state: AiAgentResolutionState | None = None
    rating: int | None = None
    rating_remark: None | str = None
    content_sources: ContentSourcesList | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, AiAgentSourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        source_title: None | str | Unset
        if isinstance(self.source_title, Unset):
            source_title = UNSET
        else:
            source_title = self.source_title

        last_answer_type: None | str | Unset
        if isinstance(self.last_answer_type, Unset):
            last_answer_type = UNSET
        elif isinstance(self.last_answer_type, AiAgentLastAnswerType):
            last_answer_type = self.last_answer_type.value
        else:
            last_answer_type = self.last_answer_type

        resolution_state: None | str | Unset
        if isinstance(self.resolution_state, Unset):
            resolution_state = UNSET
        elif isinstance(self.resolution_state, AiAgentResolutionState):
            resolution_state = self.resolution_state.value
        else:
            resolution_state = self.resolution_state

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        rating_remark: None | str | Unset
        if isinstance(self.rating_remark, Unset):
            rating_remark = UNSET
        else:
            rating_remark = self.rating_remark

        content_sources: dict[str, Any] | None | Unset
        if isinstance(self.content_sources, Unset):
            content_sources = UNSET
        elif isinstance(self.content_sources, ContentSourcesList):
            content_sources = self.content_sources.to_dict()
        else:
            content_sources = self.content_sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET and (source_type is not None or "source_type" in self._received):
            field_dict["source_type"] = source_type
        if source_title is not UNSET and (source_title is not None or "source_title" in self._received):
            field_dict["source_title"] = source_title
        if last_answer_type is not UNSET and (last_answer_type is not None or "last_answer_type" in self._received):
            field_dict["last_answer_type"] = last_answer_type
        if resolution_state is not UNSET and (resolution_state is not None or "resolution_state" in self._received):
            field_dict["resolution_state"] = resolution_state
        if rating is not UNSET and (rating is not None or "rating" in self._received):
            field_dict["rating"] = rating
        if rating_remark is not UNSET and (rating_remark is not None or "rating_remark" in self._received):
            field_dict["rating_remark"] = rating_remark
        if content_sources is not UNSET and (content_sources is not None or "content_sources" in self._received):
            field_dict["content_sources"] = content_sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not AiAgent:
            cls.__init__(self)
        source_type = src_dict.get("source_type")
        if isinstance(source_type, str):
            try:
                source_type_type_1 = AiAgentSourceType(source_type)

                source_type = source_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.source_type = source_type

        self.source_title = src_dict.get("source_title")

        last_answer_type = src_dict.get("last_answer_type")
        if isinstance(last_answer_type, str):
            try:
                last_answer_type_type_1 = AiAgentLastAnswerType(last_answer_type)

                last_answer_type = last_answer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.last_answer_type = last_answer_type

        resolution_state = src_dict.get("resolution_state")
        if isinstance(resolution_state, str):
            try:
                resolution_state_type_1 = AiAgentResolutionState(resolution_state)

                resolution_state = resolution_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.resolution_state = resolution_state

        self.rating = src_dict.get("rating")

        self.rating_remark = src_dict.get("rating_remark")

        content_sources = src_dict.get("content_sources")
        if isinstance(content_sources, dict):
            try:
                content_sources_type_0 = ContentSourcesList.from_dict(content_sources)

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
        "source_type",
        "source_title",
        "last_answer_type",
        "resolution_state",
        "rating",
        "rating_remark",
        "content_sources",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContentSourcesList
    from ..models.content_sources_list import ContentSourcesList

    _lazy_loaded = True
