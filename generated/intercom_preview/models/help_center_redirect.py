from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.help_center_redirect_target_type import HelpCenterRedirectTargetType
from ..models.help_center_redirect_type import HelpCenterRedirectType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="HelpCenterRedirect")


@_attrs_define
class HelpCenterRedirect:
    """A redirect maps a source URL (`from_url`) to an article or collection within a
    help center, so that links to old or external URLs resolve to live content.

        Attributes:
            id (None | str): The unique identifier for the redirect. Example: 26.
            type_ (HelpCenterRedirectType | None): The type of the object - `help_center_redirect`. Example:
                help_center_redirect.
            from_url (None | str): The source URL that is redirected. An absolute URL within the help center's URL space.
                Example: http://help-center.test/lovelyhelpcenter/old-page.
            locale (None | str): The locale of the redirect's target. For article targets this is the bound translation's
                locale, which may differ from the requested locale if no translation exists in that locale. Example: en.
            help_center_id (None | str): The unique identifier for the help center the redirect belongs to. Example: 7.
            target_type (HelpCenterRedirectTargetType | None): The type of the redirect target. Example: article.
            target_id (None | str): The unique identifier of the target article or collection. For article targets this is
                the Article ID. Example: 11.
            created_at (int | None): The time the redirect was created as a UTC Unix timestamp. Example: 1781619405.
            updated_at (int | None): The time the redirect was last updated as a UTC Unix timestamp. Example: 1781619405.
    """

    id: None | str = None
    type_: HelpCenterRedirectType | None = None
    from_url: None | str = None
    locale: None | str = None
    help_center_id: None | str = None
    target_type: HelpCenterRedirectTargetType | None = None
    target_id: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, HelpCenterRedirectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        from_url: None | str | Unset
        if isinstance(self.from_url, Unset):
            from_url = UNSET
        else:
            from_url = self.from_url

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        help_center_id: None | str | Unset
        if isinstance(self.help_center_id, Unset):
            help_center_id = UNSET
        else:
            help_center_id = self.help_center_id

        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, HelpCenterRedirectTargetType):
            target_type = self.target_type.value
        else:
            target_type = self.target_type

        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if from_url is not UNSET and (from_url is not None or "from_url" in self._received):
            field_dict["from_url"] = from_url
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale
        if help_center_id is not UNSET and (help_center_id is not None or "help_center_id" in self._received):
            field_dict["help_center_id"] = help_center_id
        if target_type is not UNSET and (target_type is not None or "target_type" in self._received):
            field_dict["target_type"] = target_type
        if target_id is not UNSET and (target_id is not None or "target_id" in self._received):
            field_dict["target_id"] = target_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not HelpCenterRedirect:
            cls.__init__(self)
        self.id = src_dict.get("id")

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = HelpCenterRedirectType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.from_url = src_dict.get("from_url")

        self.locale = src_dict.get("locale")

        self.help_center_id = src_dict.get("help_center_id")

        target_type = src_dict.get("target_type")
        if isinstance(target_type, str):
            try:
                target_type_type_1 = HelpCenterRedirectTargetType(target_type)

                target_type = target_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.target_type = target_type

        self.target_id = src_dict.get("target_id")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

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
        "id",
        "type",
        "from_url",
        "locale",
        "help_center_id",
        "target_type",
        "target_id",
        "created_at",
        "updated_at",
    }
)
