from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginated_response_conversations_type_0_item_source_type_0_author_type_0 import (
        PaginatedResponseConversationsType0ItemSourceType0AuthorType0,
    )


T = TypeVar("T", bound="PaginatedResponseConversationsType0ItemSourceType0")


@_attrs_define
class PaginatedResponseConversationsType0ItemSourceType0:
    """
    Attributes:
        type_ (None | str | Unset):
        id (None | str | Unset):
        delivered_as (None | str | Unset):
        subject (None | str | Unset):
        body (None | str | Unset):
        author (None | PaginatedResponseConversationsType0ItemSourceType0AuthorType0 | Unset):
        attachments (list[Any] | None | Unset):
        url (Any | Unset): Sent as null in the example; its type is not documented.
        redacted (bool | None | Unset):
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    delivered_as: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    author: None | PaginatedResponseConversationsType0ItemSourceType0AuthorType0 | Unset = UNSET
    attachments: list[Any] | None | Unset = UNSET
    url: Any | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        delivered_as: None | str | Unset
        if isinstance(self.delivered_as, Unset):
            delivered_as = UNSET
        else:
            delivered_as = self.delivered_as

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, PaginatedResponseConversationsType0ItemSourceType0AuthorType0):
            author = self.author.to_dict()
        else:
            author = self.author

        attachments: list[Any] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        url = self.url

        redacted: bool | None | Unset
        if isinstance(self.redacted, Unset):
            redacted = UNSET
        else:
            redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if delivered_as is not UNSET:
            field_dict["delivered_as"] = delivered_as
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if author is not UNSET:
            field_dict["author"] = author
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if url is not UNSET:
            field_dict["url"] = url
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        delivered_as = d.pop("delivered_as", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        def _parse_author(data: object) -> None | PaginatedResponseConversationsType0ItemSourceType0AuthorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = PaginatedResponseConversationsType0ItemSourceType0AuthorType0.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaginatedResponseConversationsType0ItemSourceType0AuthorType0 | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_attachments(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = cast(list[Any], data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        url = d.pop("url", UNSET)

        redacted = d.pop("redacted", UNSET)

        paginated_response_conversations_type_0_item_source_type_0 = cls(
            type_=type_,
            id=id,
            delivered_as=delivered_as,
            subject=subject,
            body=body,
            author=author,
            attachments=attachments,
            url=url,
            redacted=redacted,
        )

        paginated_response_conversations_type_0_item_source_type_0.additional_properties = d
        return paginated_response_conversations_type_0_item_source_type_0

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
    global _lazy_loaded, PaginatedResponseConversationsType0ItemSourceType0AuthorType0
    from ..models.paginated_response_conversations_type_0_item_source_type_0_author_type_0 import (
        PaginatedResponseConversationsType0ItemSourceType0AuthorType0,
    )

    _lazy_loaded = True
