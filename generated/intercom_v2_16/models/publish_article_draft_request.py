from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishArticleDraftRequest")


@_attrs_define
class PublishArticleDraftRequest:
    """Optional body for publishing a staged article draft. On a single-language
    workspace the body can be omitted. On a multilingual workspace, `locales`
    is required and lists which locales' drafts to publish.

        Attributes:
            locales (list[str] | Unset): The locales whose staged drafts should be published. Required on
                multilingual workspaces; each locale must have a pending draft.
                 Example: ['en', 'fr'].
    """

    locales: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locales: list[str] | Unset = UNSET
        if not isinstance(self.locales, Unset):
            locales = self.locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locales is not UNSET:
            field_dict["locales"] = locales

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locales = cast(list[str], d.pop("locales", UNSET))

        publish_article_draft_request = cls(
            locales=locales,
        )

        publish_article_draft_request.additional_properties = d
        return publish_article_draft_request

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
