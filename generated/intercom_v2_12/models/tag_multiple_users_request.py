from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem


T = TypeVar("T", bound="TagMultipleUsersRequest")


@_attrs_define
class TagMultipleUsersRequest:
    """You can tag a list of users.

    Attributes:
        name (str): The name of the tag, which will be created if not found. Example: Independent.
        users (list[TagMultipleUsersRequestUsersItem]):
    """

    name: str
    users: list[TagMultipleUsersRequestUsersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = TagMultipleUsersRequestUsersItem.from_dict(users_item_data)

            users.append(users_item)

        tag_multiple_users_request = cls(
            name=name,
            users=users,
        )

        tag_multiple_users_request.additional_properties = d
        return tag_multiple_users_request

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
    global _lazy_loaded, TagMultipleUsersRequestUsersItem
    from ..models.tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem

    _lazy_loaded = True
