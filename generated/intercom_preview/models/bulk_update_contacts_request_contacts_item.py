from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_contacts_request_contacts_item_companies_item import (
        BulkUpdateContactsRequestContactsItemCompaniesItem,
    )
    from ..models.bulk_update_contacts_request_contacts_item_custom_attributes import (
        BulkUpdateContactsRequestContactsItemCustomAttributes,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags import BulkUpdateContactsRequestContactsItemTags


T = TypeVar("T", bound="BulkUpdateContactsRequestContactsItem")


@_attrs_define
class BulkUpdateContactsRequestContactsItem:
    """
    Attributes:
        id (str): The unique identifier for the contact. Example: abc123.
        external_id (str | Unset): A unique identifier for the contact which you have defined. Example: abc123.
        email (str | Unset): The contact's email address. Example: joe@example.com.
        name (str | Unset): The contact's name. Example: Joe Bloggs.
        phone (str | Unset): The contact's phone number.
        avatar (str | Unset): An image URL containing the avatar of the contact. Example:
            https://www.example.com/avatar_image.jpg.
        owner_id (str | Unset): The ID of an admin that has been assigned account ownership of the contact. Example:
            321.
        unsubscribed_from_emails (bool | Unset): Whether the contact is unsubscribed from emails. Example: True.
        language_override (str | Unset): A preferred language setting for the contact, used by the Intercom Messenger.
            Example: fr.
        custom_attributes (BulkUpdateContactsRequestContactsItemCustomAttributes | Unset): Custom attributes to update
            on the contact.
        companies (list[BulkUpdateContactsRequestContactsItemCompaniesItem] | Unset): A list of companies to associate
            with the contact. Each company is identified by the `company_id` you have defined. A company that does not exist
            is created, and one that already exists has the supplied attributes applied to it.
        tags (BulkUpdateContactsRequestContactsItemTags | Unset): Tags to add to or remove from the contact. Each tag is
            identified by its `id`, which must be a positive integer for a tag that already exists in your workspace. Tag
            application is best-effort: unknown tag IDs are skipped while the rest of the contact update still applies. Per-
            tag results are not yet returned in the job status.
    """

    id: str
    external_id: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    avatar: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    unsubscribed_from_emails: bool | Unset = UNSET
    language_override: str | Unset = UNSET
    custom_attributes: BulkUpdateContactsRequestContactsItemCustomAttributes | Unset = UNSET
    companies: list[BulkUpdateContactsRequestContactsItemCompaniesItem] | Unset = UNSET
    tags: BulkUpdateContactsRequestContactsItemTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        external_id = self.external_id

        email = self.email

        name = self.name

        phone = self.phone

        avatar = self.avatar

        owner_id = self.owner_id

        unsubscribed_from_emails = self.unsubscribed_from_emails

        language_override = self.language_override

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if unsubscribed_from_emails is not UNSET:
            field_dict["unsubscribed_from_emails"] = unsubscribed_from_emails
        if language_override is not UNSET:
            field_dict["language_override"] = language_override
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if companies is not UNSET:
            field_dict["companies"] = companies
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("external_id", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        avatar = d.pop("avatar", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        unsubscribed_from_emails = d.pop("unsubscribed_from_emails", UNSET)

        language_override = d.pop("language_override", UNSET)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: BulkUpdateContactsRequestContactsItemCustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = BulkUpdateContactsRequestContactsItemCustomAttributes.from_dict(_custom_attributes)

        _companies = d.pop("companies", UNSET)
        companies: list[BulkUpdateContactsRequestContactsItemCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = BulkUpdateContactsRequestContactsItemCompaniesItem.from_dict(companies_item_data)

                companies.append(companies_item)

        _tags = d.pop("tags", UNSET)
        tags: BulkUpdateContactsRequestContactsItemTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = BulkUpdateContactsRequestContactsItemTags.from_dict(_tags)

        bulk_update_contacts_request_contacts_item = cls(
            id=id,
            external_id=external_id,
            email=email,
            name=name,
            phone=phone,
            avatar=avatar,
            owner_id=owner_id,
            unsubscribed_from_emails=unsubscribed_from_emails,
            language_override=language_override,
            custom_attributes=custom_attributes,
            companies=companies,
            tags=tags,
        )

        bulk_update_contacts_request_contacts_item.additional_properties = d
        return bulk_update_contacts_request_contacts_item

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
        BulkUpdateContactsRequestContactsItemCompaniesItem, \
        BulkUpdateContactsRequestContactsItemCustomAttributes, \
        BulkUpdateContactsRequestContactsItemTags
    from ..models.bulk_update_contacts_request_contacts_item_companies_item import (
        BulkUpdateContactsRequestContactsItemCompaniesItem,
    )
    from ..models.bulk_update_contacts_request_contacts_item_custom_attributes import (
        BulkUpdateContactsRequestContactsItemCustomAttributes,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags import BulkUpdateContactsRequestContactsItemTags

    _lazy_loaded = True
