from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_snippet_create_request_json_blocks_item import ContentSnippetCreateRequestJsonBlocksItem


T = TypeVar("T", bound="ContentSnippetCreateRequest")


@_attrs_define
class ContentSnippetCreateRequest:
    """The request payload for creating a content snippet. You must provide either `json_blocks` or `body_markdown` for the
    snippet content — they are mutually exclusive.

        Attributes:
            title (str): The title of the content snippet. Example: How to reset your password.
            json_blocks (list[ContentSnippetCreateRequestJsonBlocksItem] | Unset): The content blocks that make up the body
                of the snippet. Mutually exclusive with `body_markdown`. Example: [{'type': 'paragraph', 'text': 'Navigate to
                Settings > Security > Reset password.'}].
            body_markdown (str | Unset): The content of the snippet in markdown. An alternative to `json_blocks` — you can
                provide content as markdown instead of structured blocks. Mutually exclusive with `json_blocks`. Example: #
                Hello

                Some content.
                .
            locale (str | Unset): The locale of the content snippet. Defaults to `en`. Default: 'en'. Example: en.
            audience_ids (list[int] | None | Unset): The list of audience IDs to target this content snippet to for Fin AI
                Agent. Pass an empty array or omit the field for no audience targeting. Unknown audience IDs return a `404`
                error with no partial commit. Example: [1, 2].
            ai_chatbot_availability (bool | Unset): Whether the content snippet should be available for AI Chatbot (Fin).
                Defaults to false. Default: False. Example: True.
            ai_copilot_availability (bool | Unset): Whether the content snippet should be available for AI Copilot. Defaults
                to false. Default: False. Example: True.
            ai_sales_agent_availability (bool | Unset): Whether the content snippet should be available for AI Sales Agent.
                Defaults to false. Default: False. Example: True.
    """

    title: str
    json_blocks: list[ContentSnippetCreateRequestJsonBlocksItem] | Unset = UNSET
    body_markdown: str | Unset = UNSET
    locale: str | Unset = "en"
    audience_ids: list[int] | None | Unset = UNSET
    ai_chatbot_availability: bool | Unset = False
    ai_copilot_availability: bool | Unset = False
    ai_sales_agent_availability: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        title = self.title

        json_blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.json_blocks, Unset):
            json_blocks = []
            for json_blocks_item_data in self.json_blocks:
                json_blocks_item = json_blocks_item_data.to_dict()
                json_blocks.append(json_blocks_item)

        body_markdown = self.body_markdown

        locale = self.locale

        audience_ids: list[int] | None | Unset
        if isinstance(self.audience_ids, Unset):
            audience_ids = UNSET
        elif isinstance(self.audience_ids, list):
            audience_ids = self.audience_ids

        else:
            audience_ids = self.audience_ids

        ai_chatbot_availability = self.ai_chatbot_availability

        ai_copilot_availability = self.ai_copilot_availability

        ai_sales_agent_availability = self.ai_sales_agent_availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if json_blocks is not UNSET:
            field_dict["json_blocks"] = json_blocks
        if body_markdown is not UNSET:
            field_dict["body_markdown"] = body_markdown
        if locale is not UNSET:
            field_dict["locale"] = locale
        if audience_ids is not UNSET:
            field_dict["audience_ids"] = audience_ids
        if ai_chatbot_availability is not UNSET:
            field_dict["ai_chatbot_availability"] = ai_chatbot_availability
        if ai_copilot_availability is not UNSET:
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET:
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        title = d.pop("title")

        _json_blocks = d.pop("json_blocks", UNSET)
        json_blocks: list[ContentSnippetCreateRequestJsonBlocksItem] | Unset = UNSET
        if _json_blocks is not UNSET:
            json_blocks = []
            for json_blocks_item_data in _json_blocks:
                json_blocks_item = ContentSnippetCreateRequestJsonBlocksItem.from_dict(json_blocks_item_data)

                json_blocks.append(json_blocks_item)

        body_markdown = d.pop("body_markdown", UNSET)

        locale = d.pop("locale", UNSET)

        audience_ids = d.pop("audience_ids", UNSET)

        ai_chatbot_availability = d.pop("ai_chatbot_availability", UNSET)

        ai_copilot_availability = d.pop("ai_copilot_availability", UNSET)

        ai_sales_agent_availability = d.pop("ai_sales_agent_availability", UNSET)

        content_snippet_create_request = cls(
            title=title,
            json_blocks=json_blocks,
            body_markdown=body_markdown,
            locale=locale,
            audience_ids=audience_ids,
            ai_chatbot_availability=ai_chatbot_availability,
            ai_copilot_availability=ai_copilot_availability,
            ai_sales_agent_availability=ai_sales_agent_availability,
        )

        content_snippet_create_request.additional_properties = d
        return content_snippet_create_request

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
    global _lazy_loaded, ContentSnippetCreateRequestJsonBlocksItem
    from ..models.content_snippet_create_request_json_blocks_item import ContentSnippetCreateRequestJsonBlocksItem

    _lazy_loaded = True
