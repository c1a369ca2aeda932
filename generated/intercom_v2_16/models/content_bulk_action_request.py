from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_bulk_action_request_action import ContentBulkActionRequestAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_bulk_action_request_audience import ContentBulkActionRequestAudience
    from ..models.content_bulk_action_request_availability import ContentBulkActionRequestAvailability
    from ..models.content_bulk_action_request_content_ids_item import ContentBulkActionRequestContentIdsItem
    from ..models.content_bulk_action_request_tags import ContentBulkActionRequestTags


T = TypeVar("T", bound="ContentBulkActionRequest")


@_attrs_define
class ContentBulkActionRequest:
    """
    Attributes:
        action (ContentBulkActionRequestAction): The bulk action to perform. Allowed `content_ids[].type` values vary
            per action:
              * `publish`, `unpublish`: `article_content`
              * `delete`: `article_content`, `content_snippet`, `file_source_content`, `internal_article`
              * `set_availability`, `set_audience`: `article_content`, `content_snippet`, `external_content`,
            `file_source_content`, `internal_article`
              * `update_tags`: `article` (the parent Article id, not `article_content`), `content_snippet`,
            `external_content`, `file_source_content`, `internal_article`
             Example: publish.
        content_ids (list[ContentBulkActionRequestContentIdsItem]): Up to 1,000 content items to apply the action to.
        availability (ContentBulkActionRequestAvailability | Unset): Required when `action` is `set_availability`. Each
            field is optional — only the
            properties present in the request are toggled.
        audience (ContentBulkActionRequestAudience | Unset): Required when `action` is `set_audience`. Manages segment
            membership.
        tags (ContentBulkActionRequestTags | Unset): Required when `action` is `update_tags`. Applies and/or removes
            existing tags.
            Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
            may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
            reference existing, non-archived tags; exceeding the limit or referencing unknown or
            archived IDs is rejected with `parameter_invalid` (HTTP 422).
    """

    action: ContentBulkActionRequestAction
    content_ids: list[ContentBulkActionRequestContentIdsItem]
    availability: ContentBulkActionRequestAvailability | Unset = UNSET
    audience: ContentBulkActionRequestAudience | Unset = UNSET
    tags: ContentBulkActionRequestTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        action = self.action.value

        content_ids = []
        for content_ids_item_data in self.content_ids:
            content_ids_item = content_ids_item_data.to_dict()
            content_ids.append(content_ids_item)

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "content_ids": content_ids,
            }
        )
        if availability is not UNSET:
            field_dict["availability"] = availability
        if audience is not UNSET:
            field_dict["audience"] = audience
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        action = ContentBulkActionRequestAction(d.pop("action"))

        content_ids = []
        _content_ids = d.pop("content_ids")
        for content_ids_item_data in _content_ids:
            content_ids_item = ContentBulkActionRequestContentIdsItem.from_dict(content_ids_item_data)

            content_ids.append(content_ids_item)

        _availability = d.pop("availability", UNSET)
        availability: ContentBulkActionRequestAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = ContentBulkActionRequestAvailability.from_dict(_availability)

        _audience = d.pop("audience", UNSET)
        audience: ContentBulkActionRequestAudience | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = ContentBulkActionRequestAudience.from_dict(_audience)

        _tags = d.pop("tags", UNSET)
        tags: ContentBulkActionRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ContentBulkActionRequestTags.from_dict(_tags)

        content_bulk_action_request = cls(
            action=action,
            content_ids=content_ids,
            availability=availability,
            audience=audience,
            tags=tags,
        )

        content_bulk_action_request.additional_properties = d
        return content_bulk_action_request

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
    global \
        _lazy_loaded, \
        ContentBulkActionRequestAudience, \
        ContentBulkActionRequestAvailability, \
        ContentBulkActionRequestContentIdsItem, \
        ContentBulkActionRequestTags
    from ..models.content_bulk_action_request_audience import ContentBulkActionRequestAudience
    from ..models.content_bulk_action_request_availability import ContentBulkActionRequestAvailability
    from ..models.content_bulk_action_request_content_ids_item import ContentBulkActionRequestContentIdsItem
    from ..models.content_bulk_action_request_tags import ContentBulkActionRequestTags

    _lazy_loaded = True
