from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInternalArticleRequest")


@_attrs_define
class UpdateInternalArticleRequest:
    """You can Update an Internal Article

    Attributes:
        title (str | Unset): The title of the article. Example: Thanks for everything.
        body (str | Unset): The content of the article.
        author_id (int | Unset): The id of the author of the article. Example: 1295.
        owner_id (int | Unset): The id of the author of the article. Example: 1295.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    author_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        author_id = self.author_id

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        body = d.pop("body", UNSET)

        author_id = d.pop("author_id", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        update_internal_article_request = cls(
            title=title,
            body=body,
            author_id=author_id,
            owner_id=owner_id,
        )

        update_internal_article_request.additional_properties = d
        return update_internal_article_request

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
