from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_external_page_request_locale import CreateExternalPageRequestLocale
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExternalPageRequest")


@_attrs_define
class CreateExternalPageRequest:
    """You can add an External Page to your Fin Content Library.

    Attributes:
        title (str): The title of the external page. Example: Getting started with....
        html (str): The body of the external page in HTML. Example: <p>Hello world!</p>.
        locale (CreateExternalPageRequestLocale): Always en Default: CreateExternalPageRequestLocale.EN. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        external_id (str): The identifier for the external page which was given by the source. Must be unique for the
            source. Example: 5678.
        url (str | Unset): The URL of the external page. This will be used by Fin to link end users to the page it based
            its answer on. When a URL is not present, Fin will not reference the source. Example:
            https://help.example.com/en/articles/1234-getting-started.
        ai_agent_availability (bool | Unset): Whether the external page should be used to answer questions by AI Agent.
            Will not default when updating an existing external page. Default: False. Example: True.
        ai_copilot_availability (bool | Unset): Whether the external page should be used to answer questions by AI
            Copilot. Will not default when updating an existing external page. Default: False. Example: True.
    """

    title: str
    html: str
    source_id: int
    external_id: str
    locale: CreateExternalPageRequestLocale = CreateExternalPageRequestLocale.EN
    url: str | Unset = UNSET
    ai_agent_availability: bool | Unset = False
    ai_copilot_availability: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        html = self.html

        locale = self.locale.value

        source_id = self.source_id

        external_id = self.external_id

        url = self.url

        ai_agent_availability = self.ai_agent_availability

        ai_copilot_availability = self.ai_copilot_availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "html": html,
                "locale": locale,
                "source_id": source_id,
                "external_id": external_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if ai_agent_availability is not UNSET:
            field_dict["ai_agent_availability"] = ai_agent_availability
        if ai_copilot_availability is not UNSET:
            field_dict["ai_copilot_availability"] = ai_copilot_availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        html = d.pop("html")

        locale = CreateExternalPageRequestLocale(d.pop("locale"))

        source_id = d.pop("source_id")

        external_id = d.pop("external_id")

        url = d.pop("url", UNSET)

        ai_agent_availability = d.pop("ai_agent_availability", UNSET)

        ai_copilot_availability = d.pop("ai_copilot_availability", UNSET)

        create_external_page_request = cls(
            title=title,
            html=html,
            locale=locale,
            source_id=source_id,
            external_id=external_id,
            url=url,
            ai_agent_availability=ai_agent_availability,
            ai_copilot_availability=ai_copilot_availability,
        )

        create_external_page_request.additional_properties = d
        return create_external_page_request

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
