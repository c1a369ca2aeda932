from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_avatar_type_0 import ContactAvatarType0
    from ..models.contact_companies import ContactCompanies
    from ..models.contact_custom_attributes_type_0 import ContactCustomAttributesType0
    from ..models.contact_location import ContactLocation
    from ..models.contact_notes import ContactNotes
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_tags import ContactTags


T = TypeVar("T", bound="UpdateContactResponse200")


@_attrs_define
class UpdateContactResponse200:
    """
    Attributes:
        type_ (None | str | Unset): The type of object. Example: contact.
        id (None | str | Unset): The unique identifier for the contact which is given by Intercom. Example:
            5ba682d23d7cf92bef87bfd4.
        external_id (None | str | Unset): The unique identifier for the contact which is provided by the Client.
            Example: f3b87a2e09d514c6c2e79b9a.
        workspace_id (None | str | Unset): The id of the workspace which the contact belongs to. Example: ecahpwf5.
        role (None | str | Unset): The role of the contact. Example: user.
        email (None | str | Unset): The contact's email. Example: joe@example.com.
        email_domain (None | str | Unset): The contact's email domain. Example: example.com.
        phone (None | str | Unset): The contacts phone. Example: +1123456789.
        name (None | str | Unset): The contacts name. Example: John Doe.
        owner_id (int | None | Unset): The id of an admin that has been assigned account ownership of the contact.
            Example: 123.
        has_hard_bounced (bool | None | Unset): Whether the contact has had an email sent to them hard bounce. Example:
            True.
        marked_email_as_spam (bool | None | Unset): Whether the contact has marked an email sent to them as spam.
            Example: True.
        unsubscribed_from_emails (bool | None | Unset): Whether the contact is unsubscribed from emails. Example: True.
        created_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was created. Example:
            1571672154.
        updated_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last updated.
            Example: 1571672154.
        signed_up_at (int | None | Unset): (Unix timestamp in seconds) The time specified for when a contact signed up.
            Example: 1571672154.
        last_seen_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last seen (either
            where the Intercom Messenger was installed or when specified manually). Example: 1571672154.
        last_replied_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last messaged in.
            Example: 1571672154.
        last_contacted_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last messaged.
            Example: 1571672154.
        last_email_opened_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last opened an
            email. Example: 1571672154.
        last_email_clicked_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last clicked a
            link in an email. Example: 1571672154.
        language_override (None | str | Unset): A preferred language setting for the contact, used by the Intercom
            Messenger even if their browser settings change. Example: en.
        browser (None | str | Unset): The name of the browser which the contact is using. Example: Chrome.
        browser_version (None | str | Unset): The version of the browser which the contact is using. Example:
            80.0.3987.132.
        browser_language (None | str | Unset): The language set by the browser which the contact is using. Example: en-
            US.
        os (None | str | Unset): The operating system which the contact is using. Example: Mac OS X.
        android_app_name (None | str | Unset): The name of the Android app which the contact is using. Example:
            Intercom.
        android_app_version (None | str | Unset): The version of the Android app which the contact is using. Example:
            5.0.0.
        android_device (None | str | Unset): The Android device which the contact is using. Example: Pixel 3.
        android_os_version (None | str | Unset): The version of the Android OS which the contact is using. Example: 10.
        android_sdk_version (None | str | Unset): The version of the Android SDK which the contact is using. Example:
            28.
        android_last_seen_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last seen
            on an Android device. Example: 1571672154.
        ios_app_name (None | str | Unset): The name of the iOS app which the contact is using. Example: Intercom.
        ios_app_version (None | str | Unset): The version of the iOS app which the contact is using. Example: 5.0.0.
        ios_device (None | str | Unset): The iOS device which the contact is using. Example: iPhone 11.
        ios_os_version (None | str | Unset): The version of iOS which the contact is using. Example: 13.3.1.
        ios_sdk_version (None | str | Unset): The version of the iOS SDK which the contact is using. Example: 13.3.1.
        ios_last_seen_at (int | None | Unset): (Unix timestamp in seconds) The last time the contact used the iOS app.
            Example: 1571672154.
        custom_attributes (ContactCustomAttributesType0 | None | Unset): The custom attributes which are set for the
            contact.
        avatar (ContactAvatarType0 | None | Unset):
        tags (ContactTags | None | Unset):
        notes (ContactNotes | None | Unset):
        companies (ContactCompanies | None | Unset):
        location (ContactLocation | None | Unset):
        social_profiles (ContactSocialProfiles | None | Unset):
        enabled_push_messaging (bool | None | Unset): If the user has enabled push messaging. Example: True.
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    has_hard_bounced: bool | None | Unset = UNSET
    marked_email_as_spam: bool | None | Unset = UNSET
    unsubscribed_from_emails: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    signed_up_at: int | None | Unset = UNSET
    last_seen_at: int | None | Unset = UNSET
    last_replied_at: int | None | Unset = UNSET
    last_contacted_at: int | None | Unset = UNSET
    last_email_opened_at: int | None | Unset = UNSET
    last_email_clicked_at: int | None | Unset = UNSET
    language_override: None | str | Unset = UNSET
    browser: None | str | Unset = UNSET
    browser_version: None | str | Unset = UNSET
    browser_language: None | str | Unset = UNSET
    os: None | str | Unset = UNSET
    android_app_name: None | str | Unset = UNSET
    android_app_version: None | str | Unset = UNSET
    android_device: None | str | Unset = UNSET
    android_os_version: None | str | Unset = UNSET
    android_sdk_version: None | str | Unset = UNSET
    android_last_seen_at: int | None | Unset = UNSET
    ios_app_name: None | str | Unset = UNSET
    ios_app_version: None | str | Unset = UNSET
    ios_device: None | str | Unset = UNSET
    ios_os_version: None | str | Unset = UNSET
    ios_sdk_version: None | str | Unset = UNSET
    ios_last_seen_at: int | None | Unset = UNSET
    custom_attributes: ContactCustomAttributesType0 | None | Unset = UNSET
    avatar: ContactAvatarType0 | None | Unset = UNSET
    tags: ContactTags | None | Unset = UNSET
    notes: ContactNotes | None | Unset = UNSET
    companies: ContactCompanies | None | Unset = UNSET
    location: ContactLocation | None | Unset = UNSET
    social_profiles: ContactSocialProfiles | None | Unset = UNSET
    enabled_push_messaging: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_avatar_type_0 import ContactAvatarType0
        from ..models.contact_companies import ContactCompanies
        from ..models.contact_custom_attributes_type_0 import ContactCustomAttributesType0
        from ..models.contact_location import ContactLocation
        from ..models.contact_notes import ContactNotes
        from ..models.contact_social_profiles import ContactSocialProfiles
        from ..models.contact_tags import ContactTags

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_domain: None | str | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

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

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        has_hard_bounced: bool | None | Unset
        if isinstance(self.has_hard_bounced, Unset):
            has_hard_bounced = UNSET
        else:
            has_hard_bounced = self.has_hard_bounced

        marked_email_as_spam: bool | None | Unset
        if isinstance(self.marked_email_as_spam, Unset):
            marked_email_as_spam = UNSET
        else:
            marked_email_as_spam = self.marked_email_as_spam

        unsubscribed_from_emails: bool | None | Unset
        if isinstance(self.unsubscribed_from_emails, Unset):
            unsubscribed_from_emails = UNSET
        else:
            unsubscribed_from_emails = self.unsubscribed_from_emails

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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

        last_replied_at: int | None | Unset
        if isinstance(self.last_replied_at, Unset):
            last_replied_at = UNSET
        else:
            last_replied_at = self.last_replied_at

        last_contacted_at: int | None | Unset
        if isinstance(self.last_contacted_at, Unset):
            last_contacted_at = UNSET
        else:
            last_contacted_at = self.last_contacted_at

        last_email_opened_at: int | None | Unset
        if isinstance(self.last_email_opened_at, Unset):
            last_email_opened_at = UNSET
        else:
            last_email_opened_at = self.last_email_opened_at

        last_email_clicked_at: int | None | Unset
        if isinstance(self.last_email_clicked_at, Unset):
            last_email_clicked_at = UNSET
        else:
            last_email_clicked_at = self.last_email_clicked_at

        language_override: None | str | Unset
        if isinstance(self.language_override, Unset):
            language_override = UNSET
        else:
            language_override = self.language_override

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        browser_language: None | str | Unset
        if isinstance(self.browser_language, Unset):
            browser_language = UNSET
        else:
            browser_language = self.browser_language

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        android_app_name: None | str | Unset
        if isinstance(self.android_app_name, Unset):
            android_app_name = UNSET
        else:
            android_app_name = self.android_app_name

        android_app_version: None | str | Unset
        if isinstance(self.android_app_version, Unset):
            android_app_version = UNSET
        else:
            android_app_version = self.android_app_version

        android_device: None | str | Unset
        if isinstance(self.android_device, Unset):
            android_device = UNSET
        else:
            android_device = self.android_device

        android_os_version: None | str | Unset
        if isinstance(self.android_os_version, Unset):
            android_os_version = UNSET
        else:
            android_os_version = self.android_os_version

        android_sdk_version: None | str | Unset
        if isinstance(self.android_sdk_version, Unset):
            android_sdk_version = UNSET
        else:
            android_sdk_version = self.android_sdk_version

        android_last_seen_at: int | None | Unset
        if isinstance(self.android_last_seen_at, Unset):
            android_last_seen_at = UNSET
        else:
            android_last_seen_at = self.android_last_seen_at

        ios_app_name: None | str | Unset
        if isinstance(self.ios_app_name, Unset):
            ios_app_name = UNSET
        else:
            ios_app_name = self.ios_app_name

        ios_app_version: None | str | Unset
        if isinstance(self.ios_app_version, Unset):
            ios_app_version = UNSET
        else:
            ios_app_version = self.ios_app_version

        ios_device: None | str | Unset
        if isinstance(self.ios_device, Unset):
            ios_device = UNSET
        else:
            ios_device = self.ios_device

        ios_os_version: None | str | Unset
        if isinstance(self.ios_os_version, Unset):
            ios_os_version = UNSET
        else:
            ios_os_version = self.ios_os_version

        ios_sdk_version: None | str | Unset
        if isinstance(self.ios_sdk_version, Unset):
            ios_sdk_version = UNSET
        else:
            ios_sdk_version = self.ios_sdk_version

        ios_last_seen_at: int | None | Unset
        if isinstance(self.ios_last_seen_at, Unset):
            ios_last_seen_at = UNSET
        else:
            ios_last_seen_at = self.ios_last_seen_at

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, ContactCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        avatar: dict[str, Any] | None | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        elif isinstance(self.avatar, ContactAvatarType0):
            avatar = self.avatar.to_dict()
        else:
            avatar = self.avatar

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, ContactTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        notes: dict[str, Any] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, ContactNotes):
            notes = self.notes.to_dict()
        else:
            notes = self.notes

        companies: dict[str, Any] | None | Unset
        if isinstance(self.companies, Unset):
            companies = UNSET
        elif isinstance(self.companies, ContactCompanies):
            companies = self.companies.to_dict()
        else:
            companies = self.companies

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, ContactLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        social_profiles: dict[str, Any] | None | Unset
        if isinstance(self.social_profiles, Unset):
            social_profiles = UNSET
        elif isinstance(self.social_profiles, ContactSocialProfiles):
            social_profiles = self.social_profiles.to_dict()
        else:
            social_profiles = self.social_profiles

        enabled_push_messaging: bool | None | Unset
        if isinstance(self.enabled_push_messaging, Unset):
            enabled_push_messaging = UNSET
        else:
            enabled_push_messaging = self.enabled_push_messaging

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if role is not UNSET:
            field_dict["role"] = role
        if email is not UNSET:
            field_dict["email"] = email
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if has_hard_bounced is not UNSET:
            field_dict["has_hard_bounced"] = has_hard_bounced
        if marked_email_as_spam is not UNSET:
            field_dict["marked_email_as_spam"] = marked_email_as_spam
        if unsubscribed_from_emails is not UNSET:
            field_dict["unsubscribed_from_emails"] = unsubscribed_from_emails
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if signed_up_at is not UNSET:
            field_dict["signed_up_at"] = signed_up_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if last_replied_at is not UNSET:
            field_dict["last_replied_at"] = last_replied_at
        if last_contacted_at is not UNSET:
            field_dict["last_contacted_at"] = last_contacted_at
        if last_email_opened_at is not UNSET:
            field_dict["last_email_opened_at"] = last_email_opened_at
        if last_email_clicked_at is not UNSET:
            field_dict["last_email_clicked_at"] = last_email_clicked_at
        if language_override is not UNSET:
            field_dict["language_override"] = language_override
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if browser_language is not UNSET:
            field_dict["browser_language"] = browser_language
        if os is not UNSET:
            field_dict["os"] = os
        if android_app_name is not UNSET:
            field_dict["android_app_name"] = android_app_name
        if android_app_version is not UNSET:
            field_dict["android_app_version"] = android_app_version
        if android_device is not UNSET:
            field_dict["android_device"] = android_device
        if android_os_version is not UNSET:
            field_dict["android_os_version"] = android_os_version
        if android_sdk_version is not UNSET:
            field_dict["android_sdk_version"] = android_sdk_version
        if android_last_seen_at is not UNSET:
            field_dict["android_last_seen_at"] = android_last_seen_at
        if ios_app_name is not UNSET:
            field_dict["ios_app_name"] = ios_app_name
        if ios_app_version is not UNSET:
            field_dict["ios_app_version"] = ios_app_version
        if ios_device is not UNSET:
            field_dict["ios_device"] = ios_device
        if ios_os_version is not UNSET:
            field_dict["ios_os_version"] = ios_os_version
        if ios_sdk_version is not UNSET:
            field_dict["ios_sdk_version"] = ios_sdk_version
        if ios_last_seen_at is not UNSET:
            field_dict["ios_last_seen_at"] = ios_last_seen_at
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if tags is not UNSET:
            field_dict["tags"] = tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if companies is not UNSET:
            field_dict["companies"] = companies
        if location is not UNSET:
            field_dict["location"] = location
        if social_profiles is not UNSET:
            field_dict["social_profiles"] = social_profiles
        if enabled_push_messaging is not UNSET:
            field_dict["enabled_push_messaging"] = enabled_push_messaging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_avatar_type_0 import ContactAvatarType0
        from ..models.contact_companies import ContactCompanies
        from ..models.contact_custom_attributes_type_0 import ContactCustomAttributesType0
        from ..models.contact_location import ContactLocation
        from ..models.contact_notes import ContactNotes
        from ..models.contact_social_profiles import ContactSocialProfiles
        from ..models.contact_tags import ContactTags

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_domain = _parse_email_domain(d.pop("email_domain", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_has_hard_bounced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_hard_bounced = _parse_has_hard_bounced(d.pop("has_hard_bounced", UNSET))

        def _parse_marked_email_as_spam(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        marked_email_as_spam = _parse_marked_email_as_spam(d.pop("marked_email_as_spam", UNSET))

        def _parse_unsubscribed_from_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unsubscribed_from_emails = _parse_unsubscribed_from_emails(d.pop("unsubscribed_from_emails", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_signed_up_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        signed_up_at = _parse_signed_up_at(d.pop("signed_up_at", UNSET))

        def _parse_last_seen_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_last_replied_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_replied_at = _parse_last_replied_at(d.pop("last_replied_at", UNSET))

        def _parse_last_contacted_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_contacted_at = _parse_last_contacted_at(d.pop("last_contacted_at", UNSET))

        def _parse_last_email_opened_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_email_opened_at = _parse_last_email_opened_at(d.pop("last_email_opened_at", UNSET))

        def _parse_last_email_clicked_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_email_clicked_at = _parse_last_email_clicked_at(d.pop("last_email_clicked_at", UNSET))

        def _parse_language_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_override = _parse_language_override(d.pop("language_override", UNSET))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_browser_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_version = _parse_browser_version(d.pop("browser_version", UNSET))

        def _parse_browser_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_language = _parse_browser_language(d.pop("browser_language", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_android_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_app_name = _parse_android_app_name(d.pop("android_app_name", UNSET))

        def _parse_android_app_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_app_version = _parse_android_app_version(d.pop("android_app_version", UNSET))

        def _parse_android_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_device = _parse_android_device(d.pop("android_device", UNSET))

        def _parse_android_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_os_version = _parse_android_os_version(d.pop("android_os_version", UNSET))

        def _parse_android_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_sdk_version = _parse_android_sdk_version(d.pop("android_sdk_version", UNSET))

        def _parse_android_last_seen_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        android_last_seen_at = _parse_android_last_seen_at(d.pop("android_last_seen_at", UNSET))

        def _parse_ios_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_app_name = _parse_ios_app_name(d.pop("ios_app_name", UNSET))

        def _parse_ios_app_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_app_version = _parse_ios_app_version(d.pop("ios_app_version", UNSET))

        def _parse_ios_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_device = _parse_ios_device(d.pop("ios_device", UNSET))

        def _parse_ios_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_os_version = _parse_ios_os_version(d.pop("ios_os_version", UNSET))

        def _parse_ios_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_sdk_version = _parse_ios_sdk_version(d.pop("ios_sdk_version", UNSET))

        def _parse_ios_last_seen_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ios_last_seen_at = _parse_ios_last_seen_at(d.pop("ios_last_seen_at", UNSET))

        def _parse_custom_attributes(data: object) -> ContactCustomAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_attributes_type_0 = ContactCustomAttributesType0.from_dict(data)

                return custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactCustomAttributesType0 | None | Unset, data)

        custom_attributes = _parse_custom_attributes(d.pop("custom_attributes", UNSET))

        def _parse_avatar(data: object) -> ContactAvatarType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_type_0 = ContactAvatarType0.from_dict(data)

                return avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAvatarType0 | None | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_tags(data: object) -> ContactTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = ContactTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_notes(data: object) -> ContactNotes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notes_type_0 = ContactNotes.from_dict(data)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactNotes | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_companies(data: object) -> ContactCompanies | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                companies_type_0 = ContactCompanies.from_dict(data)

                return companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactCompanies | None | Unset, data)

        companies = _parse_companies(d.pop("companies", UNSET))

        def _parse_location(data: object) -> ContactLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = ContactLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_social_profiles(data: object) -> ContactSocialProfiles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                social_profiles_type_0 = ContactSocialProfiles.from_dict(data)

                return social_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactSocialProfiles | None | Unset, data)

        social_profiles = _parse_social_profiles(d.pop("social_profiles", UNSET))

        def _parse_enabled_push_messaging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled_push_messaging = _parse_enabled_push_messaging(d.pop("enabled_push_messaging", UNSET))

        update_contact_response_200 = cls(
            type_=type_,
            id=id,
            external_id=external_id,
            workspace_id=workspace_id,
            role=role,
            email=email,
            email_domain=email_domain,
            phone=phone,
            name=name,
            owner_id=owner_id,
            has_hard_bounced=has_hard_bounced,
            marked_email_as_spam=marked_email_as_spam,
            unsubscribed_from_emails=unsubscribed_from_emails,
            created_at=created_at,
            updated_at=updated_at,
            signed_up_at=signed_up_at,
            last_seen_at=last_seen_at,
            last_replied_at=last_replied_at,
            last_contacted_at=last_contacted_at,
            last_email_opened_at=last_email_opened_at,
            last_email_clicked_at=last_email_clicked_at,
            language_override=language_override,
            browser=browser,
            browser_version=browser_version,
            browser_language=browser_language,
            os=os,
            android_app_name=android_app_name,
            android_app_version=android_app_version,
            android_device=android_device,
            android_os_version=android_os_version,
            android_sdk_version=android_sdk_version,
            android_last_seen_at=android_last_seen_at,
            ios_app_name=ios_app_name,
            ios_app_version=ios_app_version,
            ios_device=ios_device,
            ios_os_version=ios_os_version,
            ios_sdk_version=ios_sdk_version,
            ios_last_seen_at=ios_last_seen_at,
            custom_attributes=custom_attributes,
            avatar=avatar,
            tags=tags,
            notes=notes,
            companies=companies,
            location=location,
            social_profiles=social_profiles,
            enabled_push_messaging=enabled_push_messaging,
        )

        update_contact_response_200.additional_properties = d
        return update_contact_response_200

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
