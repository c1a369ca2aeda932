from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.visitor_avatar_type_0 import VisitorAvatarType0
    from ..models.visitor_companies_type_0 import VisitorCompaniesType0
    from ..models.visitor_custom_attributes_type_0 import VisitorCustomAttributesType0
    from ..models.visitor_location_data_type_0 import VisitorLocationDataType0
    from ..models.visitor_segments_type_0 import VisitorSegmentsType0
    from ..models.visitor_social_profiles_type_0 import VisitorSocialProfilesType0
    from ..models.visitor_tags_type_0 import VisitorTagsType0


T = TypeVar("T", bound="Visitor")


@_attrs_define
class Visitor:
    """Visitors are useful for representing anonymous people that have not yet been identified. They usually represent
    website visitors. Visitors are not visible in Intercom platform. The Visitors resource provides methods to fetch,
    update, convert and delete.

        Attributes:
            type_ (None | str): Value is 'visitor' Default: 'visitor'. Example: visitor.
            id (None | str): The Intercom defined id representing the Visitor. Example: 530370b477ad7120001d.
            user_id (None | str): Automatically generated identifier for the Visitor. Example:
                8a88a590-e1c3-41e2-a502-e0649dbf721c.
            anonymous (bool | None): Identifies if this visitor is anonymous. Example: False.
            email (None | str): The email of the visitor. Example: jane.doe@example.com.
            phone (None | str): The phone number of the visitor. Example: 555-555-5555.
            name (None | str): The name of the visitor. Example: Jane Doe.
            pseudonym (None | str): The pseudonym of the visitor. Example: Red Duck from Dublin.
            avatar (None | VisitorAvatarType0):
            app_id (None | str): The id of the app the visitor is associated with. Example: hfi1bx4l.
            companies (None | VisitorCompaniesType0):
            location_data (None | VisitorLocationDataType0):
            las_request_at (int | None): The time the Lead last recorded making a request. Example: 1663597260.
            created_at (int | None): The time the Visitor was added to Intercom. Example: 1663597223.
            remote_created_at (int | None): The time the Visitor was added to Intercom. Example: 1663597223.
            signed_up_at (int | None): The time the Visitor signed up for your product. Example: 1663597223.
            updated_at (int | None): The last time the Visitor was updated. Example: 1663597260.
            session_count (int | None): The number of sessions the Visitor has had. Example: 1.
            social_profiles (None | VisitorSocialProfilesType0):
            owner_id (None | str): The id of the admin that owns the Visitor. Example: 5169261.
            unsubscribed_from_emails (bool | None): Whether the Visitor is unsubscribed from emails. Example: False.
            marked_email_as_spam (bool | None): Identifies if this visitor has marked an email as spam. Example: False.
            has_hard_bounced (bool | None): Identifies if this visitor has had a hard bounce. Example: False.
            tags (None | VisitorTagsType0):
            segments (None | VisitorSegmentsType0):
            custom_attributes (None | VisitorCustomAttributesType0): The custom attributes you have set on the Visitor.
            referrer (None | str): The referer of the visitor. Example: https://www.google.com/.
            utm_campaign (None | str): The utm_campaign of the visitor. Example: intercom-link.
            utm_content (None | str): The utm_content of the visitor. Example: banner.
            utm_medium (None | str): The utm_medium of the visitor. Example: email.
            utm_source (None | str): The utm_source of the visitor. Example: Intercom.
            utm_term (None | str): The utm_term of the visitor. Example: messenger.
            do_not_track (bool | None): Identifies if this visitor has do not track enabled. Example: False.
            last_request_at (Any): Sent as null in the example; its type is not documented.
    """

    type_: None | str = None
    id: None | str = None
    user_id: None | str = None
    anonymous: bool | None = None
    email: None | str = None
    phone: None | str = None
    name: None | str = None
    pseudonym: None | str = None
    avatar: None | VisitorAvatarType0 = None
    app_id: None | str = None
    companies: None | VisitorCompaniesType0 = None
    location_data: None | VisitorLocationDataType0 = None
    las_request_at: int | None = None
    created_at: int | None = None
    remote_created_at: int | None = None
    signed_up_at: int | None = None
    updated_at: int | None = None
    session_count: int | None = None
    social_profiles: None | VisitorSocialProfilesType0 = None
    owner_id: None | str = None
    unsubscribed_from_emails: bool | None = None
    marked_email_as_spam: bool | None = None
    has_hard_bounced: bool | None = None
    tags: None | VisitorTagsType0 = None
    segments: None | VisitorSegmentsType0 = None
    custom_attributes: None | VisitorCustomAttributesType0 = None
    referrer: None | str = None
    utm_campaign: None | str = None
    utm_content: None | str = None
    utm_medium: None | str = None
    utm_source: None | str = None
    utm_term: None | str = None
    do_not_track: bool | None = None
    last_request_at: Any = None
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

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        anonymous: bool | None | Unset
        if isinstance(self.anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = self.anonymous

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
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

        pseudonym: None | str | Unset
        if isinstance(self.pseudonym, Unset):
            pseudonym = UNSET
        else:
            pseudonym = self.pseudonym

        avatar: dict[str, Any] | None | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        elif isinstance(self.avatar, VisitorAvatarType0):
            avatar = self.avatar.to_dict()
        else:
            avatar = self.avatar

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        companies: dict[str, Any] | None | Unset
        if isinstance(self.companies, Unset):
            companies = UNSET
        elif isinstance(self.companies, VisitorCompaniesType0):
            companies = self.companies.to_dict()
        else:
            companies = self.companies

        location_data: dict[str, Any] | None | Unset
        if isinstance(self.location_data, Unset):
            location_data = UNSET
        elif isinstance(self.location_data, VisitorLocationDataType0):
            location_data = self.location_data.to_dict()
        else:
            location_data = self.location_data

        las_request_at: int | None | Unset
        if isinstance(self.las_request_at, Unset):
            las_request_at = UNSET
        else:
            las_request_at = self.las_request_at

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        remote_created_at: int | None | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        else:
            remote_created_at = self.remote_created_at

        signed_up_at: int | None | Unset
        if isinstance(self.signed_up_at, Unset):
            signed_up_at = UNSET
        else:
            signed_up_at = self.signed_up_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        session_count: int | None | Unset
        if isinstance(self.session_count, Unset):
            session_count = UNSET
        else:
            session_count = self.session_count

        social_profiles: dict[str, Any] | None | Unset
        if isinstance(self.social_profiles, Unset):
            social_profiles = UNSET
        elif isinstance(self.social_profiles, VisitorSocialProfilesType0):
            social_profiles = self.social_profiles.to_dict()
        else:
            social_profiles = self.social_profiles

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        unsubscribed_from_emails: bool | None | Unset
        if isinstance(self.unsubscribed_from_emails, Unset):
            unsubscribed_from_emails = UNSET
        else:
            unsubscribed_from_emails = self.unsubscribed_from_emails

        marked_email_as_spam: bool | None | Unset
        if isinstance(self.marked_email_as_spam, Unset):
            marked_email_as_spam = UNSET
        else:
            marked_email_as_spam = self.marked_email_as_spam

        has_hard_bounced: bool | None | Unset
        if isinstance(self.has_hard_bounced, Unset):
            has_hard_bounced = UNSET
        else:
            has_hard_bounced = self.has_hard_bounced

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, VisitorTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        segments: dict[str, Any] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, VisitorSegmentsType0):
            segments = self.segments.to_dict()
        else:
            segments = self.segments

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, VisitorCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        referrer: None | str | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        else:
            referrer = self.referrer

        utm_campaign: None | str | Unset
        if isinstance(self.utm_campaign, Unset):
            utm_campaign = UNSET
        else:
            utm_campaign = self.utm_campaign

        utm_content: None | str | Unset
        if isinstance(self.utm_content, Unset):
            utm_content = UNSET
        else:
            utm_content = self.utm_content

        utm_medium: None | str | Unset
        if isinstance(self.utm_medium, Unset):
            utm_medium = UNSET
        else:
            utm_medium = self.utm_medium

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        utm_term: None | str | Unset
        if isinstance(self.utm_term, Unset):
            utm_term = UNSET
        else:
            utm_term = self.utm_term

        do_not_track: bool | None | Unset
        if isinstance(self.do_not_track, Unset):
            do_not_track = UNSET
        else:
            do_not_track = self.do_not_track

        last_request_at = self.last_request_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if user_id is not UNSET and (user_id is not None or "user_id" in self._received):
            field_dict["user_id"] = user_id
        if anonymous is not UNSET and (anonymous is not None or "anonymous" in self._received):
            field_dict["anonymous"] = anonymous
        if email is not UNSET and (email is not None or "email" in self._received):
            field_dict["email"] = email
        if phone is not UNSET and (phone is not None or "phone" in self._received):
            field_dict["phone"] = phone
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if pseudonym is not UNSET and (pseudonym is not None or "pseudonym" in self._received):
            field_dict["pseudonym"] = pseudonym
        if avatar is not UNSET and (avatar is not None or "avatar" in self._received):
            field_dict["avatar"] = avatar
        if app_id is not UNSET and (app_id is not None or "app_id" in self._received):
            field_dict["app_id"] = app_id
        if companies is not UNSET and (companies is not None or "companies" in self._received):
            field_dict["companies"] = companies
        if location_data is not UNSET and (location_data is not None or "location_data" in self._received):
            field_dict["location_data"] = location_data
        if las_request_at is not UNSET and (las_request_at is not None or "las_request_at" in self._received):
            field_dict["las_request_at"] = las_request_at
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if remote_created_at is not UNSET and (remote_created_at is not None or "remote_created_at" in self._received):
            field_dict["remote_created_at"] = remote_created_at
        if signed_up_at is not UNSET and (signed_up_at is not None or "signed_up_at" in self._received):
            field_dict["signed_up_at"] = signed_up_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if session_count is not UNSET and (session_count is not None or "session_count" in self._received):
            field_dict["session_count"] = session_count
        if social_profiles is not UNSET and (social_profiles is not None or "social_profiles" in self._received):
            field_dict["social_profiles"] = social_profiles
        if owner_id is not UNSET and (owner_id is not None or "owner_id" in self._received):
            field_dict["owner_id"] = owner_id
        if unsubscribed_from_emails is not UNSET and (
            unsubscribed_from_emails is not None or "unsubscribed_from_emails" in self._received
        ):
            field_dict["unsubscribed_from_emails"] = unsubscribed_from_emails
        if marked_email_as_spam is not UNSET and (
            marked_email_as_spam is not None or "marked_email_as_spam" in self._received
        ):
            field_dict["marked_email_as_spam"] = marked_email_as_spam
        if has_hard_bounced is not UNSET and (has_hard_bounced is not None or "has_hard_bounced" in self._received):
            field_dict["has_hard_bounced"] = has_hard_bounced
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if segments is not UNSET and (segments is not None or "segments" in self._received):
            field_dict["segments"] = segments
        if custom_attributes is not UNSET and (custom_attributes is not None or "custom_attributes" in self._received):
            field_dict["custom_attributes"] = custom_attributes
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
        if do_not_track is not UNSET and (do_not_track is not None or "do_not_track" in self._received):
            field_dict["do_not_track"] = do_not_track
        if last_request_at is not UNSET and (last_request_at is not None or "last_request_at" in self._received):
            field_dict["last_request_at"] = last_request_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Visitor:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.user_id = src_dict.get("user_id")

        self.anonymous = src_dict.get("anonymous")

        self.email = src_dict.get("email")

        self.phone = src_dict.get("phone")

        self.name = src_dict.get("name")

        self.pseudonym = src_dict.get("pseudonym")

        avatar = src_dict.get("avatar")
        if isinstance(avatar, dict):
            try:
                avatar_type_0 = VisitorAvatarType0.from_dict(avatar)

                avatar = avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.avatar = avatar

        self.app_id = src_dict.get("app_id")

        companies = src_dict.get("companies")
        if isinstance(companies, dict):
            try:
                companies_type_0 = VisitorCompaniesType0.from_dict(companies)

                companies = companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.companies = companies

        location_data = src_dict.get("location_data")
        if isinstance(location_data, dict):
            try:
                location_data_type_0 = VisitorLocationDataType0.from_dict(location_data)

                location_data = location_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.location_data = location_data

        self.las_request_at = src_dict.get("las_request_at")

        self.created_at = src_dict.get("created_at")

        self.remote_created_at = src_dict.get("remote_created_at")

        self.signed_up_at = src_dict.get("signed_up_at")

        self.updated_at = src_dict.get("updated_at")

        self.session_count = src_dict.get("session_count")

        social_profiles = src_dict.get("social_profiles")
        if isinstance(social_profiles, dict):
            try:
                social_profiles_type_0 = VisitorSocialProfilesType0.from_dict(social_profiles)

                social_profiles = social_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.social_profiles = social_profiles

        self.owner_id = src_dict.get("owner_id")

        self.unsubscribed_from_emails = src_dict.get("unsubscribed_from_emails")

        self.marked_email_as_spam = src_dict.get("marked_email_as_spam")

        self.has_hard_bounced = src_dict.get("has_hard_bounced")

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = VisitorTagsType0.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        segments = src_dict.get("segments")
        if isinstance(segments, dict):
            try:
                segments_type_0 = VisitorSegmentsType0.from_dict(segments)

                segments = segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.segments = segments

        custom_attributes = src_dict.get("custom_attributes")
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = VisitorCustomAttributesType0.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_attributes = custom_attributes

        self.referrer = src_dict.get("referrer")

        self.utm_campaign = src_dict.get("utm_campaign")

        self.utm_content = src_dict.get("utm_content")

        self.utm_medium = src_dict.get("utm_medium")

        self.utm_source = src_dict.get("utm_source")

        self.utm_term = src_dict.get("utm_term")

        self.do_not_track = src_dict.get("do_not_track")

        self.last_request_at = src_dict.get("last_request_at")

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
        "user_id",
        "anonymous",
        "email",
        "phone",
        "name",
        "pseudonym",
        "avatar",
        "app_id",
        "companies",
        "location_data",
        "las_request_at",
        "created_at",
        "remote_created_at",
        "signed_up_at",
        "updated_at",
        "session_count",
        "social_profiles",
        "owner_id",
        "unsubscribed_from_emails",
        "marked_email_as_spam",
        "has_hard_bounced",
        "tags",
        "segments",
        "custom_attributes",
        "referrer",
        "utm_campaign",
        "utm_content",
        "utm_medium",
        "utm_source",
        "utm_term",
        "do_not_track",
        "last_request_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        VisitorAvatarType0, \
        VisitorCompaniesType0, \
        VisitorCustomAttributesType0, \
        VisitorLocationDataType0, \
        VisitorSegmentsType0, \
        VisitorSocialProfilesType0, \
        VisitorTagsType0
    from ..models.visitor_avatar_type_0 import VisitorAvatarType0
    from ..models.visitor_companies_type_0 import VisitorCompaniesType0
    from ..models.visitor_custom_attributes_type_0 import VisitorCustomAttributesType0
    from ..models.visitor_location_data_type_0 import VisitorLocationDataType0
    from ..models.visitor_segments_type_0 import VisitorSegmentsType0
    from ..models.visitor_social_profiles_type_0 import VisitorSocialProfilesType0
    from ..models.visitor_tags_type_0 import VisitorTagsType0

    _lazy_loaded = True
