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
    from ..models.contact_opted_in_subscription_types_type_0 import ContactOptedInSubscriptionTypesType0
    from ..models.contact_opted_out_subscription_types_type_0 import ContactOptedOutSubscriptionTypesType0
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_tags import ContactTags


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """Contact are the objects that represent your leads and users in Intercom.

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
        opted_in_subscription_types (ContactOptedInSubscriptionTypesType0 | None | Unset):
        opted_out_subscription_types (ContactOptedOutSubscriptionTypesType0 | None | Unset):
        referrer (Any | Unset): Sent as null in the example; its type is not documented.
        utm_campaign (Any | Unset): Sent as null in the example; its type is not documented.
        utm_content (Any | Unset): Sent as null in the example; its type is not documented.
        utm_medium (Any | Unset): Sent as null in the example; its type is not documented.
        utm_source (Any | Unset): Sent as null in the example; its type is not documented.
        utm_term (Any | Unset): Sent as null in the example; its type is not documented.
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
    opted_in_subscription_types: ContactOptedInSubscriptionTypesType0 | None | Unset = UNSET
    opted_out_subscription_types: ContactOptedOutSubscriptionTypesType0 | None | Unset = UNSET
    referrer: Any | Unset = UNSET
    utm_campaign: Any | Unset = UNSET
    utm_content: Any | Unset = UNSET
    utm_medium: Any | Unset = UNSET
    utm_source: Any | Unset = UNSET
    utm_term: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        opted_in_subscription_types: dict[str, Any] | None | Unset
        if isinstance(self.opted_in_subscription_types, Unset):
            opted_in_subscription_types = UNSET
        elif isinstance(self.opted_in_subscription_types, ContactOptedInSubscriptionTypesType0):
            opted_in_subscription_types = self.opted_in_subscription_types.to_dict()
        else:
            opted_in_subscription_types = self.opted_in_subscription_types

        opted_out_subscription_types: dict[str, Any] | None | Unset
        if isinstance(self.opted_out_subscription_types, Unset):
            opted_out_subscription_types = UNSET
        elif isinstance(self.opted_out_subscription_types, ContactOptedOutSubscriptionTypesType0):
            opted_out_subscription_types = self.opted_out_subscription_types.to_dict()
        else:
            opted_out_subscription_types = self.opted_out_subscription_types

        referrer = self.referrer

        utm_campaign = self.utm_campaign

        utm_content = self.utm_content

        utm_medium = self.utm_medium

        utm_source = self.utm_source

        utm_term = self.utm_term

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
        if opted_in_subscription_types is not UNSET:
            field_dict["opted_in_subscription_types"] = opted_in_subscription_types
        if opted_out_subscription_types is not UNSET:
            field_dict["opted_out_subscription_types"] = opted_out_subscription_types
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        external_id = d.pop("external_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        role = d.pop("role", UNSET)

        email = d.pop("email", UNSET)

        email_domain = d.pop("email_domain", UNSET)

        phone = d.pop("phone", UNSET)

        name = d.pop("name", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        has_hard_bounced = d.pop("has_hard_bounced", UNSET)

        marked_email_as_spam = d.pop("marked_email_as_spam", UNSET)

        unsubscribed_from_emails = d.pop("unsubscribed_from_emails", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        signed_up_at = d.pop("signed_up_at", UNSET)

        last_seen_at = d.pop("last_seen_at", UNSET)

        last_replied_at = d.pop("last_replied_at", UNSET)

        last_contacted_at = d.pop("last_contacted_at", UNSET)

        last_email_opened_at = d.pop("last_email_opened_at", UNSET)

        last_email_clicked_at = d.pop("last_email_clicked_at", UNSET)

        language_override = d.pop("language_override", UNSET)

        browser = d.pop("browser", UNSET)

        browser_version = d.pop("browser_version", UNSET)

        browser_language = d.pop("browser_language", UNSET)

        os = d.pop("os", UNSET)

        android_app_name = d.pop("android_app_name", UNSET)

        android_app_version = d.pop("android_app_version", UNSET)

        android_device = d.pop("android_device", UNSET)

        android_os_version = d.pop("android_os_version", UNSET)

        android_sdk_version = d.pop("android_sdk_version", UNSET)

        android_last_seen_at = d.pop("android_last_seen_at", UNSET)

        ios_app_name = d.pop("ios_app_name", UNSET)

        ios_app_version = d.pop("ios_app_version", UNSET)

        ios_device = d.pop("ios_device", UNSET)

        ios_os_version = d.pop("ios_os_version", UNSET)

        ios_sdk_version = d.pop("ios_sdk_version", UNSET)

        ios_last_seen_at = d.pop("ios_last_seen_at", UNSET)

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

        def _parse_opted_in_subscription_types(data: object) -> ContactOptedInSubscriptionTypesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opted_in_subscription_types_type_0 = ContactOptedInSubscriptionTypesType0.from_dict(data)

                return opted_in_subscription_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactOptedInSubscriptionTypesType0 | None | Unset, data)

        opted_in_subscription_types = _parse_opted_in_subscription_types(d.pop("opted_in_subscription_types", UNSET))

        def _parse_opted_out_subscription_types(data: object) -> ContactOptedOutSubscriptionTypesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opted_out_subscription_types_type_0 = ContactOptedOutSubscriptionTypesType0.from_dict(data)

                return opted_out_subscription_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactOptedOutSubscriptionTypesType0 | None | Unset, data)

        opted_out_subscription_types = _parse_opted_out_subscription_types(d.pop("opted_out_subscription_types", UNSET))

        referrer = d.pop("referrer", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_source = d.pop("utm_source", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        contact = cls(
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
            opted_in_subscription_types=opted_in_subscription_types,
            opted_out_subscription_types=opted_out_subscription_types,
            referrer=referrer,
            utm_campaign=utm_campaign,
            utm_content=utm_content,
            utm_medium=utm_medium,
            utm_source=utm_source,
            utm_term=utm_term,
        )

        contact.additional_properties = d
        return contact

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
        ContactAvatarType0, \
        ContactCompanies, \
        ContactCustomAttributesType0, \
        ContactLocation, \
        ContactNotes, \
        ContactOptedInSubscriptionTypesType0, \
        ContactOptedOutSubscriptionTypesType0, \
        ContactSocialProfiles, \
        ContactTags
    from ..models.contact_avatar_type_0 import ContactAvatarType0
    from ..models.contact_companies import ContactCompanies
    from ..models.contact_custom_attributes_type_0 import ContactCustomAttributesType0
    from ..models.contact_location import ContactLocation
    from ..models.contact_notes import ContactNotes
    from ..models.contact_opted_in_subscription_types_type_0 import ContactOptedInSubscriptionTypesType0
    from ..models.contact_opted_out_subscription_types_type_0 import ContactOptedOutSubscriptionTypesType0
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_tags import ContactTags

    _lazy_loaded = True
