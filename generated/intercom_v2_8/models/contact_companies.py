from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.company_data import CompanyData


T = TypeVar("T", bound="ContactCompanies")


@_attrs_define
class ContactCompanies:
    """An object containing companies meta data about the companies that a contact has. Up to 10 will be displayed here.
    Use the url to get more.

        Attributes:
            data (list[CompanyData] | None): An array of company data objects attached to the contact.
            url (None | str): Url to get more company resources for this contact Example:
                /contacts/5ba682d23d7cf92bef87bfd4/companies.
            total_count (int | None): Int representing the total number of companyies attached to this contact Example: 100.
            has_more (bool | None): Whether there's more Addressable Objects to be viewed. If true, use the url to view all
                Example: True.
            type_ (None | str):
    """

    data: list[CompanyData] | None = None
    url: None | str = None
    total_count: int | None = None
    has_more: bool | None = None
    type_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET and (data is not None or "data" in self._received):
            field_dict["data"] = data
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if total_count is not UNSET and (total_count is not None or "total_count" in self._received):
            field_dict["total_count"] = total_count
        if has_more is not UNSET and (has_more is not None or "has_more" in self._received):
            field_dict["has_more"] = has_more
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ContactCompanies:
            cls.__init__(self)
        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = CompanyData.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data = data

        self.url = src_dict.get("url")

        self.total_count = src_dict.get("total_count")

        self.has_more = src_dict.get("has_more")

        self.type_ = src_dict.get("type")

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
        "data",
        "url",
        "total_count",
        "has_more",
        "type",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CompanyData
    from ..models.company_data import CompanyData

    _lazy_loaded = True
