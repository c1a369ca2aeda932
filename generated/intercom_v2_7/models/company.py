from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_type import CompanyType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.company_custom_attributes_type_0 import CompanyCustomAttributesType0
    from ..models.company_plan_type_0 import CompanyPlanType0
    from ..models.company_segments_type_0 import CompanySegmentsType0
    from ..models.company_tags_type_0 import CompanyTagsType0


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """Companies allow you to represent organizations using your product. Each company will have its own description and be
    associated with contacts. You can fetch, create, update and list companies.

        Attributes:
            type_ (CompanyType | None): Value is `company` Example: company.
            id (None | str): The Intercom defined id representing the company. Example: 531ee472cce572a6ec000006.
            name (None | str): The name of the company. Example: Example Company Inc..
            app_id (None | str): The Intercom defined code of the workspace the company is associated to. Example: ecahpwf5.
            plan (CompanyPlanType0 | None):
            company_id (None | str): The company id you have defined for the company. Example: 6.
            remote_created_at (int | None): The time the company was created by you. Example: 1663597223.
            created_at (int | None): The time the company was added in Intercom. Example: 1663597223.
            updated_at (int | None): The last time the company was updated. Example: 1663597223.
            last_request_at (int | None): The time the company last recorded making a request. Example: 1663597223.
            size (int | None): The number of employees in the company. Example: 100.
            website (None | str): The URL for the company website. Example: https://www.intercom.com.
            industry (None | str): The industry that the company operates in. Example: Software.
            monthly_spend (int | None): How much revenue the company generates for your business. Example: 100.
            session_count (int | None): How many sessions the company has recorded. Example: 100.
            user_count (int | None): The number of users in the company. Example: 100.
            custom_attributes (CompanyCustomAttributesType0 | None): The custom attributes you have set on the company.
                Example: {'paid_subscriber': True, 'monthly_spend': 155.5, 'team_mates': 9}.
            tags (CompanyTagsType0 | None): The list of tags associated with the company
            segments (CompanySegmentsType0 | None): The list of segments associated with the company
    """

    type_: CompanyType | None = None
    id: None | str = None
    name: None | str = None
    app_id: None | str = None
    plan: CompanyPlanType0 | None = None
    company_id: None | str = None
    remote_created_at: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    last_request_at: int | None = None
    size: int | None = None
    website: None | str = None
    industry: None | str = None
    monthly_spend: int | None = None
    session_count: int | None = None
    user_count: int | None = None
    custom_attributes: CompanyCustomAttributesType0 | None = None
    tags: CompanyTagsType0 | None = None
    segments: CompanySegmentsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CompanyType):
            type_ = self.type_.value
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

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        plan: dict[str, Any] | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(self.plan, CompanyPlanType0):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        remote_created_at: int | None | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        else:
            remote_created_at = self.remote_created_at

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

        last_request_at: int | None | Unset
        if isinstance(self.last_request_at, Unset):
            last_request_at = UNSET
        else:
            last_request_at = self.last_request_at

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        monthly_spend: int | None | Unset
        if isinstance(self.monthly_spend, Unset):
            monthly_spend = UNSET
        else:
            monthly_spend = self.monthly_spend

        session_count: int | None | Unset
        if isinstance(self.session_count, Unset):
            session_count = UNSET
        else:
            session_count = self.session_count

        user_count: int | None | Unset
        if isinstance(self.user_count, Unset):
            user_count = UNSET
        else:
            user_count = self.user_count

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CompanyCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, CompanyTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        segments: dict[str, Any] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, CompanySegmentsType0):
            segments = self.segments.to_dict()
        else:
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if app_id is not UNSET and (app_id is not None or "app_id" in self._received):
            field_dict["app_id"] = app_id
        if plan is not UNSET and (plan is not None or "plan" in self._received):
            field_dict["plan"] = plan
        if company_id is not UNSET and (company_id is not None or "company_id" in self._received):
            field_dict["company_id"] = company_id
        if remote_created_at is not UNSET and (remote_created_at is not None or "remote_created_at" in self._received):
            field_dict["remote_created_at"] = remote_created_at
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if last_request_at is not UNSET and (last_request_at is not None or "last_request_at" in self._received):
            field_dict["last_request_at"] = last_request_at
        if size is not UNSET and (size is not None or "size" in self._received):
            field_dict["size"] = size
        if website is not UNSET and (website is not None or "website" in self._received):
            field_dict["website"] = website
        if industry is not UNSET and (industry is not None or "industry" in self._received):
            field_dict["industry"] = industry
        if monthly_spend is not UNSET and (monthly_spend is not None or "monthly_spend" in self._received):
            field_dict["monthly_spend"] = monthly_spend
        if session_count is not UNSET and (session_count is not None or "session_count" in self._received):
            field_dict["session_count"] = session_count
        if user_count is not UNSET and (user_count is not None or "user_count" in self._received):
            field_dict["user_count"] = user_count
        if custom_attributes is not UNSET and (custom_attributes is not None or "custom_attributes" in self._received):
            field_dict["custom_attributes"] = custom_attributes
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if segments is not UNSET and (segments is not None or "segments" in self._received):
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Company:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = CompanyType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.app_id = src_dict.get("app_id")

        plan = src_dict.get("plan")
        if isinstance(plan, dict):
            try:
                plan_type_0 = CompanyPlanType0.from_dict(plan)

                plan = plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.plan = plan

        self.company_id = src_dict.get("company_id")

        self.remote_created_at = src_dict.get("remote_created_at")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.last_request_at = src_dict.get("last_request_at")

        self.size = src_dict.get("size")

        self.website = src_dict.get("website")

        self.industry = src_dict.get("industry")

        self.monthly_spend = src_dict.get("monthly_spend")

        self.session_count = src_dict.get("session_count")

        self.user_count = src_dict.get("user_count")

        custom_attributes = src_dict.get("custom_attributes")
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CompanyCustomAttributesType0.from_dict(custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.custom_attributes = custom_attributes

        tags = src_dict.get("tags")
        if isinstance(tags, dict):
            try:
                tags_type_0 = CompanyTagsType0.from_dict(tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        segments = src_dict.get("segments")
        if isinstance(segments, dict):
            try:
                segments_type_0 = CompanySegmentsType0.from_dict(segments)

                segments = segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.segments = segments

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
        "app_id",
        "plan",
        "company_id",
        "remote_created_at",
        "created_at",
        "updated_at",
        "last_request_at",
        "size",
        "website",
        "industry",
        "monthly_spend",
        "session_count",
        "user_count",
        "custom_attributes",
        "tags",
        "segments",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CompanyCustomAttributesType0, CompanyPlanType0, CompanySegmentsType0, CompanyTagsType0
    from ..models.company_custom_attributes_type_0 import CompanyCustomAttributesType0
    from ..models.company_plan_type_0 import CompanyPlanType0
    from ..models.company_segments_type_0 import CompanySegmentsType0
    from ..models.company_tags_type_0 import CompanyTagsType0

    _lazy_loaded = True
