from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInternalArticleRequest")


@_attrs_define
class CreateInternalArticleRequest:
    """You can create an Internal Article

    Attributes:
        title (str): The title of the article. Example: Thanks for everything.
        author_id (int): The id of the author of the article. Example: 1295.
        owner_id (int): The id of the owner of the article. Example: 1295.
        body (str | Unset): The content of the article. Example: <p>This is the body in html</p>.
    """

    title: str
    author_id: int
    owner_id: int
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        author_id = self.author_id

        owner_id = self.owner_id

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author_id": author_id,
                "owner_id": owner_id,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        author_id = d.pop("author_id")

        owner_id = d.pop("owner_id")

        body = d.pop("body", UNSET)

        create_internal_article_request = cls(
            title=title,
            author_id=author_id,
            owner_id=owner_id,
            body=body,
        )

        create_internal_article_request.additional_properties = d
        return create_internal_article_request

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
