from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_notes_type_0_type import CompanyNotesType0Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_note import CompanyNote


T = TypeVar("T", bound="CompanyNotesType0")


@_attrs_define
class CompanyNotesType0:
    """The list of notes associated with the company

    Attributes:
        type_ (CompanyNotesType0Type | None): The type of the object
        notes (list[CompanyNote] | None):
    """

    type_: CompanyNotesType0Type | None = None
    notes: list[CompanyNote] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CompanyNotesType0Type):
            type_ = self.type_.value
        else:
            type_ = self.type_

        notes: list[dict[str, Any]] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = []
            for notes_type_0_item_data in self.notes:
                notes_type_0_item = notes_type_0_item_data.to_dict()
                notes.append(notes_type_0_item)

        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if notes is not UNSET and (notes is not None or "notes" in self._received):
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_type_(data: object) -> CompanyNotesType0Type | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CompanyNotesType0Type(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyNotesType0Type | None | Unset, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_notes(data: object) -> list[CompanyNote] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = []
                _notes_type_0 = data
                for notes_type_0_item_data in _notes_type_0:
                    notes_type_0_item = CompanyNote.from_dict(notes_type_0_item_data)

                    notes_type_0.append(notes_type_0_item)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompanyNote] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", None))

        company_notes_type_0 = cls(
            type_=type_,
            notes=notes,
        )

        company_notes_type_0._received = src_dict.keys()

        company_notes_type_0.additional_properties = d
        return company_notes_type_0

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
    global _lazy_loaded, CompanyNote
    from ..models.company_note import CompanyNote

    _lazy_loaded = True
