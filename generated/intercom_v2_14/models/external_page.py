from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_page_locale import ExternalPageLocale
from ..models.external_page_type import ExternalPageType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ExternalPage")


@_attrs_define
class ExternalPage:
    """External pages that you have added to your Fin Content Library.

    Attributes:
        type_ (ExternalPageType | None): Always external_page Default: ExternalPageType.EXTERNAL_PAGE. Example:
            external_page.
        id (None | str): The unique identifier for the external page which is given by Intercom. Example: 1234.
        title (None | str): The title of the external page. Example: Getting started with....
        html (None | str): The body of the external page in HTML. Example: <p>Hello world!</p>.
        url (None | str): The URL of the external page. This will be used by Fin to link end users to the page it based
            its answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        ai_agent_availability (bool | None): Whether the external page should be used to answer questions by AI Agent.
            Example: True.
        ai_copilot_availability (bool | None): Whether the external page should be used to answer questions by AI
            Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the external page should be used to answer questions by AI
            Sales Agent. Example: True.
        fin_availability (bool | None): Deprecated. Use ai_agent_availability and ai_copilot_availability instead.
            Example: True.
        locale (ExternalPageLocale | None): Always en Default: ExternalPageLocale.EN. Example: en.
        source_id (int | None): The unique identifier for the source of the external page which was given by Intercom.
            Every external page must be associated with a Content Import Source which represents the place it comes from and
            from which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        external_id (None | str): The identifier for the external page which was given by the source. Must be unique for
            the source. Example: 5678.
        created_at (int | None): The time when the external page was created. Example: 1672928359.
        updated_at (int | None): The time when the external page was last updated. Example: 1672928610.
        last_ingested_at (int | None): The time when the external page was last ingested. Example: 1672928610.
    """

    type_: ExternalPageType | None = None
    id: None | str = None
    title: None | str = None
    html: None | str = None
    url: None | str = None
    ai_agent_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    fin_availability: bool | None = None
    locale: ExternalPageLocale | None = None
    source_id: int | None = None
    external_id: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    last_ingested_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ExternalPageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        ai_agent_availability: bool | None | Unset
        if isinstance(self.ai_agent_availability, Unset):
            ai_agent_availability = UNSET
        else:
            ai_agent_availability = self.ai_agent_availability

        ai_copilot_availability: bool | None | Unset
        if isinstance(self.ai_copilot_availability, Unset):
            ai_copilot_availability = UNSET
        else:
            ai_copilot_availability = self.ai_copilot_availability

        ai_sales_agent_availability: bool | None | Unset
        if isinstance(self.ai_sales_agent_availability, Unset):
            ai_sales_agent_availability = UNSET
        else:
            ai_sales_agent_availability = self.ai_sales_agent_availability

        fin_availability: bool | None | Unset
        if isinstance(self.fin_availability, Unset):
            fin_availability = UNSET
        else:
            fin_availability = self.fin_availability

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, ExternalPageLocale):
            locale = self.locale.value
        else:
            locale = self.locale

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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

        last_ingested_at: int | None | Unset
        if isinstance(self.last_ingested_at, Unset):
            last_ingested_at = UNSET
        else:
            last_ingested_at = self.last_ingested_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if html is not UNSET and (html is not None or "html" in self._received):
            field_dict["html"] = html
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if ai_agent_availability is not UNSET and (
            ai_agent_availability is not None or "ai_agent_availability" in self._received
        ):
            field_dict["ai_agent_availability"] = ai_agent_availability
        if ai_copilot_availability is not UNSET and (
            ai_copilot_availability is not None or "ai_copilot_availability" in self._received
        ):
            field_dict["ai_copilot_availability"] = ai_copilot_availability
        if ai_sales_agent_availability is not UNSET and (
            ai_sales_agent_availability is not None or "ai_sales_agent_availability" in self._received
        ):
            field_dict["ai_sales_agent_availability"] = ai_sales_agent_availability
        if fin_availability is not UNSET and (fin_availability is not None or "fin_availability" in self._received):
            field_dict["fin_availability"] = fin_availability
        if locale is not UNSET and (locale is not None or "locale" in self._received):
            field_dict["locale"] = locale
        if source_id is not UNSET and (source_id is not None or "source_id" in self._received):
            field_dict["source_id"] = source_id
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if last_ingested_at is not UNSET and (last_ingested_at is not None or "last_ingested_at" in self._received):
            field_dict["last_ingested_at"] = last_ingested_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ExternalPage:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ExternalPageType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.html = src_dict.get("html")

        self.url = src_dict.get("url")

        self.ai_agent_availability = src_dict.get("ai_agent_availability")

        self.ai_copilot_availability = src_dict.get("ai_copilot_availability")

        self.ai_sales_agent_availability = src_dict.get("ai_sales_agent_availability")

        self.fin_availability = src_dict.get("fin_availability")

        locale = src_dict.get("locale")
        if isinstance(locale, str):
            try:
                locale_type_1 = ExternalPageLocale(locale)

                locale = locale_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.locale = locale

        self.source_id = src_dict.get("source_id")

        self.external_id = src_dict.get("external_id")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.last_ingested_at = src_dict.get("last_ingested_at")

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
        "title",
        "html",
        "url",
        "ai_agent_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "fin_availability",
        "locale",
        "source_id",
        "external_id",
        "created_at",
        "updated_at",
        "last_ingested_at",
    }
)
