from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachTagToInternalArticleBody")


@_attrs_define
class AttachTagToInternalArticleBody:
    """
    Attributes:
        id (str): The unique identifier of the tag to apply, as given by Intercom. Example: 7522907.
        admin_id (None | str | Unset): Optional id of the teammate to attribute the tagging to. Defaults to the
            authenticating teammate. Does not affect authorization. Example: 1234.
    """

    id: str
    admin_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        admin_id = d.pop("admin_id", UNSET)

        attach_tag_to_internal_article_body = cls(
            id=id,
            admin_id=admin_id,
        )

        attach_tag_to_internal_article_body.additional_properties = d
        return attach_tag_to_internal_article_body

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
