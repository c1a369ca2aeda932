from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance
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
        self = new_instance(cls)
        if cls is not TagCreateResponse:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        users = src_dict.get("users")
        if isinstance(users, list):
            try:
                users_type_0 = []
                _users_type_0 = users
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = TagCreateResponseUsersType0Item.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

                users = users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.users = users

        companies = src_dict.get("companies")
        if isinstance(companies, list):
            try:
                companies_type_0 = []
                _companies_type_0 = companies
                for companies_type_0_item_data in _companies_type_0:
                    companies_type_0_item = TagCreateResponseCompaniesType0Item.from_dict(companies_type_0_item_data)

                    companies_type_0.append(companies_type_0_item)

                companies = companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.companies = companies

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
        "name",
        "users",
        "companies",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, TagCreateResponseCompaniesType0Item, TagCreateResponseUsersType0Item
    from ..models.tag_create_response_companies_type_0_item import TagCreateResponseCompaniesType0Item
    from ..models.tag_create_response_users_type_0_item import TagCreateResponseUsersType0Item

    _lazy_loaded = True
