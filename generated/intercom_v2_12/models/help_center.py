from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="HelpCenter")


@_attrs_define
class HelpCenter:
    """Help Centers contain collections

    Attributes:
        id (None | str): The unique identifier for the Help Center which is given by Intercom. Example: 123.
        workspace_id (None | str): The id of the workspace which the Help Center belongs to. Example: hfi1bx4l.
        created_at (int | None): The time when the Help Center was created. Example: 1672928359.
        updated_at (int | None): The time when the Help Center was last updated. Example: 1672928610.
        identifier (None | str): The identifier of the Help Center. This is used in the URL of the Help Center. Example:
            intercom.
        website_turned_on (bool | None): Whether the Help Center is turned on or not. This is controlled in your Help
            Center settings. Example: True.
        display_name (None | str): The display name of the Help Center only seen by teammates. Example: Intercom Help
            Center.
        url (None | str): The URL for the help center, if you have a custom domain then this will show the URL using the
            custom domain. Example: https://help.mycompany.com.
        custom_domain (None | str): Custom domain configured for the help center Example: help.mycompany.com.
    """

    id: None | str = None
    workspace_id: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    identifier: None | str = None
    website_turned_on: bool | None = None
    display_name: None | str = None
    url: None | str = None
    custom_domain: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

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

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        website_turned_on: bool | None | Unset
        if isinstance(self.website_turned_on, Unset):
            website_turned_on = UNSET
        else:
            website_turned_on = self.website_turned_on

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        custom_domain: None | str | Unset
        if isinstance(self.custom_domain, Unset):
            custom_domain = UNSET
        else:
            custom_domain = self.custom_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if workspace_id is not UNSET and (workspace_id is not None or "workspace_id" in self._received):
            field_dict["workspace_id"] = workspace_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if identifier is not UNSET and (identifier is not None or "identifier" in self._received):
            field_dict["identifier"] = identifier
        if website_turned_on is not UNSET and (website_turned_on is not None or "website_turned_on" in self._received):
            field_dict["website_turned_on"] = website_turned_on
        if display_name is not UNSET and (display_name is not None or "display_name" in self._received):
            field_dict["display_name"] = display_name
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if custom_domain is not UNSET and (custom_domain is not None or "custom_domain" in self._received):
            field_dict["custom_domain"] = custom_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not HelpCenter:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.workspace_id = src_dict.get("workspace_id")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.identifier = src_dict.get("identifier")

        self.website_turned_on = src_dict.get("website_turned_on")

        self.display_name = src_dict.get("display_name")

        self.url = src_dict.get("url")

        self.custom_domain = src_dict.get("custom_domain")

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
        "workspace_id",
        "created_at",
        "updated_at",
        "identifier",
        "website_turned_on",
        "display_name",
        "url",
        "custom_domain",
    }
)
