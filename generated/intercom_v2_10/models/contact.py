from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

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
        type_ (None | str): The type of object. Example: contact.
        id (None | str): The unique identifier for the contact which is given by Intercom. Example:
            5ba682d23d7cf92bef87bfd4.
        external_id (None | str): The unique identifier for the contact which is provided by the Client. Example:
            f3b87a2e09d514c6c2e79b9a.
        workspace_id (None | str): The id of the workspace which the contact belongs to. Example: ecahpwf5.
        role (None | str): The role of the contact. Example: user.
        email (None | str): The contact's email. Example: joe@example.com.
        email_domain (None | str): The contact's email domain. Example: example.com.
        phone (None | str): The contacts phone. Example: +1123456789.
        name (None | str): The contacts name. Example: John Doe.
        owner_id (int | None): The id of an admin that has been assigned account ownership of the contact. Example: 123.
        has_hard_bounced (bool | None): Whether the contact has had an email sent to them hard bounce. Example: True.
        marked_email_as_spam (bool | None): Whether the contact has marked an email sent to them as spam. Example: True.
        unsubscribed_from_emails (bool | None): Whether the contact is unsubscribed from emails. Example: True.
        created_at (int | None): (Unix timestamp in seconds) The time when the contact was created. Example: 1571672154.
        updated_at (int | None): (Unix timestamp in seconds) The time when the contact was last updated. Example:
            1571672154.
        signed_up_at (int | None): (Unix timestamp in seconds) The time specified for when a contact signed up. Example:
            1571672154.
        last_seen_at (int | None): (Unix timestamp in seconds) The time when the contact was last seen (either where the
            Intercom Messenger was installed or when specified manually). Example: 1571672154.
        last_replied_at (int | None): (Unix timestamp in seconds) The time when the contact last messaged in. Example:
            1571672154.
        last_contacted_at (int | None): (Unix timestamp in seconds) The time when the contact was last messaged.
            Example: 1571672154.
        last_email_opened_at (int | None): (Unix timestamp in seconds) The time when the contact last opened an email.
            Example: 1571672154.
        last_email_clicked_at (int | None): (Unix timestamp in seconds) The time when the contact last clicked a link in
            an email. Example: 1571672154.
        language_override (None | str): A preferred language setting for the contact, used by the Intercom Messenger
            even if their browser settings change. Example: en.
        browser (None | str): The name of the browser which the contact is using. Example: Chrome.
        browser_version (None | str): The version of the browser which the contact is using. Example: 80.0.3987.132.
        browser_language (None | str): The language set by the browser which the contact is using. Example: en-US.
        os (None | str): The operating system which the contact is using. Example: Mac OS X.
        android_app_name (None | str): The name of the Android app which the contact is using. Example: Intercom.
        android_app_version (None | str): The version of the Android app which the contact is using. Example: 5.0.0.
        android_device (None | str): The Android device which the contact is using. Example: Pixel 3.
        android_os_version (None | str): The version of the Android OS which the contact is using. Example: 10.
        android_sdk_version (None | str): The version of the Android SDK which the contact is using. Example: 28.
        android_last_seen_at (int | None): (Unix timestamp in seconds) The time when the contact was last seen on an
            Android device. Example: 1571672154.
        ios_app_name (None | str): The name of the iOS app which the contact is using. Example: Intercom.
        ios_app_version (None | str): The version of the iOS app which the contact is using. Example: 5.0.0.
        ios_device (None | str): The iOS device which the contact is using. Example: iPhone 11.
        ios_os_version (None | str): The version of iOS which the contact is using. Example: 13.3.1.
        ios_sdk_version (None | str): The version of the iOS SDK which the contact is using. Example: 13.3.1.
        ios_last_seen_at (int | None): (Unix timestamp in seconds) The last time the contact used the iOS app. Example:
            1571672154.
        custom_attributes (ContactCustomAttributesType0 | None): The custom attributes which are set for the contact.
        avatar (ContactAvatarType0 | None):
        tags (ContactTags | None):
        notes (ContactNotes | None):
        companies (ContactCompanies | None):
        location (ContactLocation | None):
        social_profiles (ContactSocialProfiles | None):
        opted_in_subscription_types (ContactOptedInSubscriptionTypesType0 | None):
        opted_out_subscription_types (ContactOptedOutSubscriptionTypesType0 | None):
        referrer (Any): Sent as null in the example; its type is not documented.
        utm_campaign (Any): Sent as null in the example; its type is not documented.
        utm_content (Any): Sent as null in the example; its type is not documented.
        utm_medium (Any): Sent as null in the example; its type is not documented.
        utm_source (Any): Sent as null in the example; its type is not documented.
        utm_term (Any): Sent as null in the example; its type is not documented.
    """

    type_: None | str = None
    id: None | str = None
    external_id: None | str = None
    workspace_id: None | str = None
    role: None | str = None
    email: None | str = None
    email_domain: None | str = None
    phone: None | str = None
    name: None | str = None
    owner_id: int | None = None
    has_hard_bounced: bool | None = None
    marked_email_as_spam: bool | None = None
    unsubscribed_from_emails: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    signed_up_at: int | None = None
    last_seen_at: int | None = None
    last_replied_at: int | None = None
    last_contacted_at: int | None = None
    last_email_opened_at: int | None = None
    last_email_clicked_at: int | None = None
    language_override: None | str = None
    browser: None | str = None
    browser_version: None | str = None
    browser_language: None | str = None
    os: None | str = None
    android_app_name: None | str = None
    android_app_version: None | str = None
    android_device: None | str = None
    android_os_version: None | str = None
    android_sdk_version: None | str = None
    android_last_seen_at: int | None = None
    ios_app_name: None | str = None
    ios_app_version: None | str = None
    ios_device: None | str = None
    ios_os_version: None | str = None
    ios_sdk_version: None | str = None
    ios_last_seen_at: int | None = None
    custom_attributes: ContactCustomAttributesType0 | None = None
    avatar: ContactAvatarType0 | None = None
    tags: ContactTags | None = None
    notes: ContactNotes | None = None
    companies: ContactCompanies | None = None
    location: ContactLocation | None = None
    social_profiles: ContactSocialProfiles | None = None
    opted_in_subscription_types: ContactOptedInSubscriptionTypesType0 | None = None
    opted_out_subscription_types: ContactOptedOutSubscriptionTypesType0 | None = None
    referrer: Any = None
    utm_campaign: Any = None
    utm_content: Any = None
    utm_medium: Any = None
    utm_source: Any = None
    utm_term: Any = None
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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if role is not UNSET and (role is not None or "role" in self._received):
            field_dict["role"] = role
        if email is not UNSET and (email is not None or "email" in self._received):
            field_dict["email"] = email
        if email_domain is not UNSET and (email_domain is not None or "email_domain" in self._received):
            field_dict["email_domain"] = email_domain
        if phone is not UNSET and (phone is not None or "phone" in self._received):
            field_dict["phone"] = phone
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if owner_id is not UNSET and (owner_id is not None or "owner_id" in self._received):
            field_dict["owner_id"] = owner_id
        if has_hard_bounced is not UNSET and (has_hard_bounced is not None or "has_hard_bounced" in self._received):
            field_dict["has_hard_bounced"] = has_hard_bounced
        if marked_email_as_spam is not UNSET and (
            marked_email_as_spam is not None or "marked_email_as_spam" in self._received
        ):
            field_dict["marked_email_as_spam"] = marked_email_as_spam
        if unsubscribed_from_emails is not UNSET and (
            unsubscribed_from_emails is not None or "unsubscribed_from_emails" in self._received
        ):
            field_dict["unsubscribed_from_emails"] = unsubscribed_from_emails
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if signed_up_at is not UNSET and (signed_up_at is not None or "signed_up_at" in self._received):
            field_dict["signed_up_at"] = signed_up_at
        if last_seen_at is not UNSET and (last_seen_at is not None or "last_seen_at" in self._received):
            field_dict["last_seen_at"] = last_seen_at
        if last_replied_at is not UNSET and (last_replied_at is not None or "last_replied_at" in self._received):
            field_dict["last_replied_at"] = last_replied_at
        if last_contacted_at is not UNSET and (last_contacted_at is not None or "last_contacted_at" in self._received):
            field_dict["last_contacted_at"] = last_contacted_at
        if last_email_opened_at is not UNSET and (
            last_email_opened_at is not None or "last_email_opened_at" in self._received
        ):
            field_dict["last_email_opened_at"] = last_email_opened_at
        if last_email_clicked_at is not UNSET and (
            last_email_clicked_at is not None or "last_email_clicked_at" in self._received
        ):
            field_dict["last_email_clicked_at"] = last_email_clicked_at
        if language_override is not UNSET and (language_override is not None or "language_override" in self._received):
            field_dict["language_override"] = language_override
        if browser is not UNSET and (browser is not None or "browser" in self._received):
            field_dict["browser"] = browser
        if browser_version is not UNSET and (browser_version is not None or "browser_version" in self._received):
            field_dict["browser_version"] = browser_version
        if browser_language is not UNSET and (browser_language is not None or "browser_language" in self._received):
            field_dict["browser_language"] = browser_language
        if os is not UNSET and (os is not None or "os" in self._received):
            field_dict["os"] = os
        if android_app_name is not UNSET and (android_app_name is not None or "android_app_name" in self._received):
            field_dict["android_app_name"] = android_app_name
        if android_app_version is not UNSET and (
            android_app_version is not None or "android_app_version" in self._received
        ):
            field_dict["android_app_version"] = android_app_version
        if android_device is not UNSET and (android_device is not None or "android_device" in self._received):
            field_dict["android_device"] = android_device
        if android_os_version is not UNSET and (
            android_os_version is not None or "android_os_version" in self._received
        ):
            field_dict["android_os_version"] = android_os_version
        if android_sdk_version is not UNSET and (
            android_sdk_version is not None or "android_sdk_version" in self._received
        ):
            field_dict["android_sdk_version"] = android_sdk_version
        if android_last_seen_at is not UNSET and (
            android_last_seen_at is not None or "android_last_seen_at" in self._received
        ):
            field_dict["android_last_seen_at"] = android_last_seen_at
        if ios_app_name is not UNSET and (ios_app_name is not None or "ios_app_name" in self._received):
            field_dict["ios_app_name"] = ios_app_name
        if ios_app_version is not UNSET and (ios_app_version is not None or "ios_app_version" in self._received):
            field_dict["ios_app_version"] = ios_app_version
        if ios_device is not UNSET and (ios_device is not None or "ios_device" in self._received):
            field_dict["ios_device"] = ios_device
        if ios_os_version is not UNSET and (ios_os_version is not None or "ios_os_version" in self._received):
            field_dict["ios_os_version"] = ios_os_version
        if ios_sdk_version is not UNSET and (ios_sdk_version is not None or "ios_sdk_version" in self._received):
            field_dict["ios_sdk_version"] = ios_sdk_version
        if ios_last_seen_at is not UNSET and (ios_last_seen_at is not None or "ios_last_seen_at" in self._received):
            field_dict["ios_last_seen_at"] = ios_last_seen_at
        if custom_attributes is not UNSET and (custom_attributes is not None or "custom_attributes" in self._received):
            field_dict["custom_attributes"] = custom_attributes
        if avatar is not UNSET and (avatar is not None or "avatar" in self._received):
            field_dict["avatar"] = avatar
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if notes is not UNSET and (notes is not None or "notes" in self._received):
            field_dict["notes"] = notes
        if companies is not UNSET and (companies is not None or "companies" in self._received):
            field_dict["companies"] = companies
        if location is not UNSET and (location is not None or "location" in self._received):
            field_dict["location"] = location
        if social_profiles is not UNSET and (social_profiles is not None or "social_profiles" in self._received):
            field_dict["social_profiles"] = social_profiles
        if opted_in_subscription_types is not UNSET and (
            opted_in_subscription_types is not None or "opted_in_subscription_types" in self._received
        ):
            field_dict["opted_in_subscription_types"] = opted_in_subscription_types
        if opted_out_subscription_types is not UNSET and (
            opted_out_subscription_types is not None or "opted_out_subscription_types" in self._received
        ):
            field_dict["opted_out_subscription_types"] = opted_out_subscription_types
        if referrer is not UNSET and (referrer is not None or "referrer" in self._received):
            field_dict["referrer"] = referrer
        if utm_campaign is not UNSET and (utm_campaign is not None or "utm_campaign" in self._received):
            field_dict["utm_campaign"] = utm_campaign
        if utm_content is not UNSET and (utm_content is not None or "utm_content" in self._received):
            field_dict["utm_content"] = utm_content
        if utm_medium is not UNSET and (utm_medium is not None or "utm_medium" in self._received):
            field_dict["utm_medium"] = utm_medium
        if utm_source is not UNSET and (utm_source is not None or "utm_source" in self._received):
            field_dict["utm_source"] = utm_source
        if utm_term is not UNSET and (utm_term is not None or "utm_term" in self._received):
            field_dict["utm_term"] = utm_term

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Contact:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.external_id = src_dict.get("external_id")

        self.workspace_id = src_dict.get("workspace_id")

        self.role = src_dict.get("role")

        self.email = src_dict.get("email")

        self.email_domain = src_dict.get("email_domain")

        self.phone = src_dict.get("phone")

        self.name = src_dict.get("name")

        self.owner_id = src_dict.get("owner_id")

        self.has_hard_bounced = src_dict.get("has_hard_bounced")

        self.marked_email_as_spam = src_dict.get("marked_email_as_spam")

        self.unsubscribed_from_emails = src_dict.get("unsubscribed_from_emails")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.signed_up_at = src_dict.get("signed_up_at")

        self.last_seen_at = src_dict.get("last_seen_at")

        self.last_replied_at = src_dict.get("last_replied_at")

        self.last_contacted_at = src_dict.get("last_contacted_at")

        self.last_email_opened_at = src_dict.get("last_email_opened_at")

        self.last_email_clicked_at = src_dict.get("last_email_clicked_at")

        self.language_override = src_dict.get("language_override")

        self.browser = src_dict.get("browser")

        self.browser_version = src_dict.get("browser_version")

        self.browser_language = src_dict.get("browser_language")

        self.os = src_dict.get("os")

        self.android_app_name = src_dict.get("android_app_name")

        self.android_app_version = src_dict.get("android_app_version")

        self.android_device = src_dict.get("android_device")

        self.android_os_version = src_dict.get("android_os_version")

        self.android_sdk_version = src_dict.get("android_sdk_version")

        self.android_last_seen_at = src_dict.get("android_last_seen_at")

        self.ios_app_name = src_dict.get("ios_app_name")

        self.ios_app_version = src_dict.get("ios_app_version")

        self.ios_device = src_dict.get("ios_device")

        self.ios_os_version = src_dict.get("ios_os_version")

        self.ios_sdk_version = src_dict.get("ios_sdk_version")

        self.ios_last_seen_at = src_dict.get("ios_last_seen_at")

        custom_attributes = src_dict.get("custom_attributes")
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = ContactCustomAttributesType0.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_attributes = custom_attributes

        avatar = src_dict.get("avatar")
        if isinstance(avatar, dict):
            try:
                avatar_type_0 = ContactAvatarType0.from_dict(avatar)

                avatar = avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.avatar = avatar

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = ContactTags.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        notes = src_dict.get("notes")
        if isinstance(notes, dict):
            try:
                notes_type_0 = ContactNotes.from_dict(notes)

                notes = notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.notes = notes

        companies = src_dict.get("companies")
        if isinstance(companies, dict):
            try:
                companies_type_0 = ContactCompanies.from_dict(companies)

                companies = companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.companies = companies

        location = src_dict.get("location")
        if isinstance(location, dict):
            try:
                location_type_0 = ContactLocation.from_dict(location)

                location = location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.location = location

        social_profiles = src_dict.get("social_profiles")
        if isinstance(social_profiles, dict):
            try:
                social_profiles_type_0 = ContactSocialProfiles.from_dict(social_profiles)

                social_profiles = social_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.social_profiles = social_profiles

        opted_in_subscription_types = src_dict.get("opted_in_subscription_types")
        if isinstance(opted_in_subscription_types, dict):
            try:
                opted_in_subscription_types_type_0 = ContactOptedInSubscriptionTypesType0.from_dict(
                    opted_in_subscription_types
                )

                opted_in_subscription_types = opted_in_subscription_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.opted_in_subscription_types = opted_in_subscription_types

        opted_out_subscription_types = src_dict.get("opted_out_subscription_types")
        if isinstance(opted_out_subscription_types, dict):
            try:
                opted_out_subscription_types_type_0 = ContactOptedOutSubscriptionTypesType0.from_dict(
                    opted_out_subscription_types
                )

                opted_out_subscription_types = opted_out_subscription_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.opted_out_subscription_types = opted_out_subscription_types

        self.referrer = src_dict.get("referrer")

        self.utm_campaign = src_dict.get("utm_campaign")

        self.utm_content = src_dict.get("utm_content")

        self.utm_medium = src_dict.get("utm_medium")

        self.utm_source = src_dict.get("utm_source")

        self.utm_term = src_dict.get("utm_term")

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
        "external_id",
        "workspace_id",
        "role",
        "email",
        "email_domain",
        "phone",
        "name",
        "owner_id",
        "has_hard_bounced",
        "marked_email_as_spam",
        "unsubscribed_from_emails",
        "created_at",
        "updated_at",
        "signed_up_at",
        "last_seen_at",
        "last_replied_at",
        "last_contacted_at",
        "last_email_opened_at",
        "last_email_clicked_at",
        "language_override",
        "browser",
        "browser_version",
        "browser_language",
        "os",
        "android_app_name",
        "android_app_version",
        "android_device",
        "android_os_version",
        "android_sdk_version",
        "android_last_seen_at",
        "ios_app_name",
        "ios_app_version",
        "ios_device",
        "ios_os_version",
        "ios_sdk_version",
        "ios_last_seen_at",
        "custom_attributes",
        "avatar",
        "tags",
        "notes",
        "companies",
        "location",
        "social_profiles",
        "opted_in_subscription_types",
        "opted_out_subscription_types",
        "referrer",
        "utm_campaign",
        "utm_content",
        "utm_medium",
        "utm_source",
        "utm_term",
    }
)


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
