from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_help_center_redirect_request_target_type import CreateHelpCenterRedirectRequestTargetType

T = TypeVar("T", bound="CreateHelpCenterRedirectRequest")


@_attrs_define
class CreateHelpCenterRedirectRequest:
    """You can create a help center redirect.

    Attributes:
        from_url (str): The source URL to redirect. Must be an absolute URL within the help center's URL space. Example:
            http://help-center.test/lovelyhelpcenter/old-page.
        locale (str): The locale of the target translation (e.g. `en`, `fr`). For article targets this selects the
            ArticleContent variant. Example: en.
        target_type (CreateHelpCenterRedirectRequestTargetType): The type of the redirect target. Example: article.
        target_id (str): The unique identifier of the target article or collection. The target must be a member of the
            help center. Example: 11.
    """

    from_url: str
    locale: str
    target_type: CreateHelpCenterRedirectRequestTargetType
    target_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_url = self.from_url

        locale = self.locale

        target_type = self.target_type.value

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_url": from_url,
                "locale": locale,
                "target_type": target_type,
                "target_id": target_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_url = d.pop("from_url")

        locale = d.pop("locale")

        target_type = CreateHelpCenterRedirectRequestTargetType(d.pop("target_type"))

        target_id = d.pop("target_id")

        create_help_center_redirect_request = cls(
            from_url=from_url,
            locale=locale,
            target_type=target_type,
            target_id=target_id,
        )

        create_help_center_redirect_request.additional_properties = d
        return create_help_center_redirect_request

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
