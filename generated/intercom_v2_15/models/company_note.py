from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.company_note_company_type_0 import CompanyNoteCompanyType0


T = TypeVar("T", bound="CompanyNote")


@_attrs_define
class CompanyNote:
    """Notes allow you to annotate and comment on companies.

    Attributes:
        type_ (str | Unset): String representing the object's type. Always has the value `note`. Example: note.
        id (str | Unset): The id of the note. Example: 17495962.
        created_at (int | Unset): The time the note was created. Example: 1674589321.
        company (CompanyNoteCompanyType0 | None | Unset): Represents the company that the note was created about.
        author (Admin | None | Unset): Optional. Represents the Admin that created the note.
        body (str | Unset): The body text of the note. Example: <p>Text for the note.</p>.
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    company: CompanyNoteCompanyType0 | None | Unset = UNSET
    author: Admin | None | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = self.type_

        id = self.id

        created_at = self.created_at

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, CompanyNoteCompanyType0):
            company = self.company.to_dict()
        else:
            company = self.company

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, Admin):
            author = self.author.to_dict()
        else:
            author = self.author

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if company is not UNSET:
            field_dict["company"] = company
        if author is not UNSET:
            field_dict["author"] = author
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        company = d.pop("company", UNSET)
        if isinstance(company, dict):
            try:
                company_type_0 = CompanyNoteCompanyType0.from_dict(company)

                company = company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        author = d.pop("author", UNSET)
        if isinstance(author, dict):
            try:
                author_type_0 = Admin.from_dict(author)

                author = author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        body = d.pop("body", UNSET)

        company_note = cls(
            type_=type_,
            id=id,
            created_at=created_at,
            company=company,
            author=author,
            body=body,
        )

        company_note.additional_properties = d
        return company_note

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Admin, CompanyNoteCompanyType0
    from ..models.admin import Admin
    from ..models.company_note_company_type_0 import CompanyNoteCompanyType0

    _lazy_loaded = True
