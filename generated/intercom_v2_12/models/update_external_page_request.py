from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_external_page_request_locale import UpdateExternalPageRequestLocale
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateExternalPageRequest")


@_attrs_define
class UpdateExternalPageRequest:
    """You can update an External Page in your Fin Content Library.

    Attributes:
        title (str): The title of the external page. Example: Getting started with....
        html (str): The body of the external page in HTML. Example: <p>Hello world!</p>.
        url (str): The URL of the external page. This will be used by Fin to link end users to the page it based its
            answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        locale (UpdateExternalPageRequestLocale): Always en Default: UpdateExternalPageRequestLocale.EN. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        fin_availability (bool | Unset): Whether the external page should be used to answer questions by Fin. Default:
            True. Example: True.
        external_id (str | Unset): The identifier for the external page which was given by the source. Must be unique
            for the source. Example: 5678.
    """

    title: str
    html: str
    url: str
    source_id: int
    locale: UpdateExternalPageRequestLocale = UpdateExternalPageRequestLocale.EN
    fin_availability: bool | Unset = True
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        html = self.html

        url = self.url

        locale = self.locale.value

        source_id = self.source_id

        fin_availability = self.fin_availability

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "html": html,
                "url": url,
                "locale": locale,
                "source_id": source_id,
            }
        )
        if fin_availability is not UNSET:
            field_dict["fin_availability"] = fin_availability
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        html = d.pop("html")

        url = d.pop("url")

        locale = UpdateExternalPageRequestLocale(d.pop("locale"))

        source_id = d.pop("source_id")

        fin_availability = d.pop("fin_availability", UNSET)

        external_id = d.pop("external_id", UNSET)

        update_external_page_request = cls(
            title=title,
            html=html,
            url=url,
            locale=locale,
            source_id=source_id,
            fin_availability=fin_availability,
            external_id=external_id,
        )

        update_external_page_request.additional_properties = d
        return update_external_page_request

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
