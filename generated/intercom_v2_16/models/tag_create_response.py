from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .tag_basic import TagBasic

if TYPE_CHECKING:
    from ..models.tag_create_response_companies_type_0_item import TagCreateResponseCompaniesType0Item
    from ..models.tag_create_response_users_type_0_item import TagCreateResponseUsersType0Item


T = TypeVar("T", bound="TagCreateResponse")


@_attrs_define
class TagCreateResponse(TagBasic):
    """The response for creating or updating a tag, including the entities that were tagged or untagged.

    Attributes:
        type_ (None | str): value is "tag" Example: tag.
        id (None | str): The id of the tag Example: 123456.
        name (None | str): The name of the tag Example: Test tag.
        users (list[TagCreateResponseUsersType0Item] | None): The users that were tagged or untagged. Example: [].
        companies (list[TagCreateResponseCompaniesType0Item] | None): The companies that were tagged or untagged.
            Example: [].
    """

    type_: None | str = None
    id: None | str = None
    name: None | str = None
    users: list[TagCreateResponseUsersType0Item] | None = None
    companies: list[TagCreateResponseCompaniesType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        companies: list[dict[str, Any]] | None | Unset
        if isinstance(self.companies, Unset):
            companies = UNSET
        elif isinstance(self.companies, list):
            companies = []
            for companies_type_0_item_data in self.companies:
                companies_type_0_item = companies_type_0_item_data.to_dict()
                companies.append(companies_type_0_item)

        else:
            companies = self.companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if users is not UNSET and (users is not None or "users" in self._received):
            field_dict["users"] = users
        if companies is not UNSET and (companies is not None or "companies" in self._received):
            field_dict["companies"] = companies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        def _parse_users(data: object) -> list[TagCreateResponseUsersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = TagCreateResponseUsersType0Item.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagCreateResponseUsersType0Item] | None | Unset, data)

        users = _parse_users(d.pop("users", None))

        def _parse_companies(data: object) -> list[TagCreateResponseCompaniesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                companies_type_0 = []
                _companies_type_0 = data
                for companies_type_0_item_data in _companies_type_0:
                    companies_type_0_item = TagCreateResponseCompaniesType0Item.from_dict(companies_type_0_item_data)

                    companies_type_0.append(companies_type_0_item)

                return companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagCreateResponseCompaniesType0Item] | None | Unset, data)

        companies = _parse_companies(d.pop("companies", None))

        tag_create_response = cls(
            type_=type_,
            id=id,
            name=name,
            users=users,
            companies=companies,
        )

        tag_create_response._received = src_dict.keys()

        tag_create_response.additional_properties = d
        return tag_create_response

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, TagCreateResponseCompaniesType0Item, TagCreateResponseUsersType0Item
    from ..models.tag_create_response_companies_type_0_item import TagCreateResponseCompaniesType0Item
    from ..models.tag_create_response_users_type_0_item import TagCreateResponseUsersType0Item

    _lazy_loaded = True
