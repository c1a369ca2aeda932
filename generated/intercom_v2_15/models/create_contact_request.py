from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_contact_request_custom_attributes_type_0 import CreateContactRequestCustomAttributesType0


T = TypeVar("T", bound="CreateContactRequest")


@_attrs_define
class CreateContactRequest:
    """Payload to create a contact

    Attributes:
        role (str | Unset): The role of the contact. Example: user.
        external_id (str | Unset): A unique identifier for the contact which is given to Intercom Example:
            625e90fc55ab113b6d92175f.
        email (str | Unset): The contacts email Example: jdoe@example.com.
        phone (None | str | Unset): The contacts phone Example: +353871234567.
        name (None | str | Unset): The contacts name Example: John Doe.
        avatar (None | str | Unset): An image URL containing the avatar of a contact Example:
            https://www.example.com/avatar_image.jpg.
        signed_up_at (int | None | Unset): (Unix timestamp in seconds) The time specified for when a contact signed up.
            Example: 1571672154.
        last_seen_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last seen (either
            where the Intercom Messenger was installed or when specified manually). Example: 1571672154.
        owner_id (int | None | Unset): The id of an admin that has been assigned account ownership of the contact
            Example: 123.
        unsubscribed_from_emails (bool | None | Unset): Whether the contact is unsubscribed from emails Example: True.
        custom_attributes (CreateContactRequestCustomAttributesType0 | None | Unset): The custom attributes which are
            set for the contact Example: {'paid_subscriber': True, 'monthly_spend': 155.5, 'team_mates': 1}.
    """

    role: str | Unset = UNSET
    external_id: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    signed_up_at: int | None | Unset = UNSET
    last_seen_at: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    unsubscribed_from_emails: bool | None | Unset = UNSET
    custom_attributes: CreateContactRequestCustomAttributesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not (
            (not isinstance(self.email, Unset))
            or (not isinstance(self.external_id, Unset))
            or (not isinstance(self.role, Unset))
        ):
            raise ValueError("CreateContactRequest needs email, or external_id, or role (the API refuses it otherwise)")
        role = self.role

        external_id = self.external_id

        email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        signed_up_at: int | None | Unset
        if isinstance(self.signed_up_at, Unset):
            signed_up_at = UNSET
        else:
            signed_up_at = self.signed_up_at

        last_seen_at: int | None | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        else:
            last_seen_at = self.last_seen_at

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        unsubscribed_from_emails: bool | None | Unset
        if isinstance(self.unsubscribed_from_emails, Unset):
            unsubscribed_from_emails = UNSET
        else:
            unsubscribed_from_emails = self.unsubscribed_from_emails

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CreateContactRequestCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if signed_up_at is not UNSET:
            field_dict["signed_up_at"] = signed_up_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if unsubscribed_from_emails is not UNSET:
            field_dict["unsubscribed_from_emails"] = unsubscribed_from_emails
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        external_id = d.pop("external_id", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        name = d.pop("name", UNSET)

        avatar = d.pop("avatar", UNSET)

        signed_up_at = d.pop("signed_up_at", UNSET)

        last_seen_at = d.pop("last_seen_at", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        unsubscribed_from_emails = d.pop("unsubscribed_from_emails", UNSET)

        custom_attributes = d.pop("custom_attributes", UNSET)
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CreateContactRequestCustomAttributesType0.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_contact_request = cls(
            role=role,
            external_id=external_id,
            email=email,
            phone=phone,
            name=name,
            avatar=avatar,
            signed_up_at=signed_up_at,
            last_seen_at=last_seen_at,
            owner_id=owner_id,
            unsubscribed_from_emails=unsubscribed_from_emails,
            custom_attributes=custom_attributes,
        )

        create_contact_request.additional_properties = d
        return create_contact_request

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
    global _lazy_loaded, CreateContactRequestCustomAttributesType0
    from ..models.create_contact_request_custom_attributes_type_0 import CreateContactRequestCustomAttributesType0

    _lazy_loaded = True
