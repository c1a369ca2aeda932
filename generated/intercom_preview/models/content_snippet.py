from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.content_snippet_json_blocks_type_0_item import ContentSnippetJsonBlocksType0Item


T = TypeVar("T", bound="ContentSnippet")


@_attrs_define
class ContentSnippet:
    """A content snippet is a reusable piece of content for your AI agent and Copilot.

    Attributes:
        type_ (None | str): String representing the object's type. Always has the value `content_snippet`. Example:
            content_snippet.
        id (None | str): The unique identifier for the content snippet. Example: 123.
        title (None | str): The title of the content snippet. Example: How to reset your password.
        locale (None | str): The locale of the content snippet. Example: en.
        json_blocks (list[ContentSnippetJsonBlocksType0Item] | None): The content blocks that make up the body of the
            snippet. Example: [{'type': 'paragraph', 'text': 'Navigate to Settings > Security > Reset password.'}].
        body_markdown (None | str): The body of the content snippet in markdown. Example: # How to reset your password

            Navigate to Settings > Security > Reset password.
            .
        chatbot_availability (int | None): Deprecated. Use ai_chatbot_availability instead. Whether this snippet is
            available for Fin (1 = on, 0 = off). Example: 1.
        copilot_availability (int | None): Deprecated. Use ai_copilot_availability instead. Whether this snippet is
            available for Copilot (1 = on, 0 = off). Example: 1.
        ai_chatbot_availability (bool | None): Whether the content snippet is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | None): Whether the content snippet is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the content snippet is available for AI Sales Agent. Example:
            True.
        created_at (int | None): The time the snippet was created as a UNIX timestamp. Example: 1663597223.
        updated_at (int | None): The time the snippet was last updated as a UNIX timestamp. Example: 1663597223.
        audience_ids (list[int] | None): The list of audience IDs this content snippet is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
    """

    type_: None | str = None
    id: None | str = None
    title: None | str = None
    locale: None | str = None
    json_blocks: list[ContentSnippetJsonBlocksType0Item] | None = None
    body_markdown: None | str = None
    chatbot_availability: int | None = None
    copilot_availability: int | None = None
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    audience_ids: list[int] | None = None
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        json_blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.json_blocks, Unset):
            json_blocks = UNSET
        elif isinstance(self.json_blocks, list):
            json_blocks = []
            for json_blocks_type_0_item_data in self.json_blocks:
                json_blocks_type_0_item = json_blocks_type_0_item_data.to_dict()
                json_blocks.append(json_blocks_type_0_item)

        else:
            json_blocks = self.json_blocks

        body_markdown: None | str | Unset
        if isinstance(self.body_markdown, Unset):
            body_markdown = UNSET
        else:
            body_markdown = self.body_markdown

        chatbot_availability: int | None | Unset
        if isinstance(self.chatbot_availability, Unset):
            chatbot_availability = UNSET
        else:
            chatbot_availability = self.chatbot_availability

        copilot_availability: int | None | Unset
        if isinstance(self.copilot_availability, Unset):
            copilot_availability = UNSET
        else:
            copilot_availability = self.copilot_availability

        ai_chatbot_availability: bool | None | Unset
        if isinstance(self.ai_chatbot_availability, Unset):
            ai_chatbot_availability = UNSET
        else:
            ai_chatbot_availability = self.ai_chatbot_availability

        ai_copilot_availability: bool | None | Unset
        if isinstance(self.ai_copilot_availability, Unset):
            ai_copilot_availability = UNSET
        else:
            ai_copilot_availability = self.ai_copilot_availability

        ai_sales_agent_availability: bool | None | Unset
        if isinstance(self.ai_sales_agent_availability, Unset):
            ai_sales_agent_availability = UNSET
        else:
            ai_sales_agent_availability = self.ai_sales_agent_availability

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

        audience_ids: list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale
        if json_blocks is not UNSET and (json_blocks is not None or "json_blocks" in self._received):
            field_dict["json_blocks"] = json_blocks
        if body_markdown is not UNSET and (body_markdown is not None or "body_markdown" in self._received):
            field_dict["body_markdown"] = body_markdown
        if chatbot_availability is not UNSET and (
            chatbot_availability is not None or "chatbot_availability" in self._received
        ):
            field_dict["chatbot_availability"] = chatbot_availability
        if copilot_availability is not UNSET and (
            copilot_availability is not None or "copilot_availability" in self._received
        ):
            field_dict["copilot_availability"] = copilot_availability
        if ai_chatbot_availability is not UNSET and (
            ai_chatbot_availability is not None or "ai_chatbot_availability" in self._received
        ):
            field_dict["ai_chatbot_availability"] = ai_chatbot_availability
        if ai_copilot_availability is not UNSET and (
            ai_copilot_availability is not None or "ai_copilot_availability" in self._received
        ):
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET and (
            ai_sales_agent_availability is not None or "ai_sales_agent_availability" in self._received
        ):
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if audience_ids is not UNSET and (audience_ids is not None or "audience_ids" in self._received):
            field_dict["audience_ids"] = audience_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ContentSnippet:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.locale = src_dict.get("locale")

        json_blocks = src_dict.get("json_blocks")
        if isinstance(json_blocks, list):
            try:
                json_blocks_type_0 = []
                _json_blocks_type_0 = json_blocks
                for json_blocks_type_0_item_data in _json_blocks_type_0:
                    json_blocks_type_0_item = ContentSnippetJsonBlocksType0Item.from_dict(json_blocks_type_0_item_data)

                    json_blocks_type_0.append(json_blocks_type_0_item)

                json_blocks = json_blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.json_blocks = json_blocks

        self.body_markdown = src_dict.get("body_markdown")

        self.chatbot_availability = src_dict.get("chatbot_availability")

        self.copilot_availability = src_dict.get("copilot_availability")

        self.ai_chatbot_availability = src_dict.get("ai_chatbot_availability")

        self.ai_copilot_availability = src_dict.get("ai_copilot_availability")

        self.ai_sales_agent_availability = src_dict.get("ai_sales_agent_availability")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.audience_ids = src_dict.get("audience_ids")

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
        "title",
        "locale",
        "json_blocks",
        "body_markdown",
        "chatbot_availability",
        "copilot_availability",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "created_at",
        "updated_at",
        "audience_ids",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContentSnippetJsonBlocksType0Item
    from ..models.content_snippet_json_blocks_type_0_item import ContentSnippetJsonBlocksType0Item

    _lazy_loaded = True
