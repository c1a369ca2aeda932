from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.predicate import Predicate


T = TypeVar("T", bound="CreateAudienceRequest")


@_attrs_define
class CreateAudienceRequest:
    """The request payload for creating an audience.

    Attributes:
        name (str): The name of the audience. Example: VIP Customers.
        predicates (list[Predicate] | Unset): The predicates that define which contacts belong to the audience. Example:
            [{'attribute': 'company.name', 'type': 'string', 'comparison': 'contains', 'value': 'Acme'}].
        role_predicates (list[Predicate] | Unset): Role-based predicates that further filter audience membership by
            contact role. Example: [{'attribute': 'role', 'type': 'role', 'comparison': 'eq', 'value': 'user'}].
    """

    name: str
    predicates: list[Predicate] | Unset = UNSET
    role_predicates: list[Predicate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        predicates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.predicates, Unset):
            predicates = []
            for predicates_item_data in self.predicates:
                predicates_item = predicates_item_data.to_dict()
                predicates.append(predicates_item)

        role_predicates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.role_predicates, Unset):
            role_predicates = []
            for role_predicates_item_data in self.role_predicates:
                role_predicates_item = role_predicates_item_data.to_dict()
                role_predicates.append(role_predicates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if predicates is not UNSET:
            field_dict["predicates"] = predicates
        if role_predicates is not UNSET:
            field_dict["role_predicates"] = role_predicates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        _predicates = d.pop("predicates", UNSET)
        predicates: list[Predicate] | Unset = UNSET
        if _predicates is not UNSET:
            predicates = []
            for predicates_item_data in _predicates:
                predicates_item = Predicate.from_dict(predicates_item_data)

                predicates.append(predicates_item)

        _role_predicates = d.pop("role_predicates", UNSET)
        role_predicates: list[Predicate] | Unset = UNSET
        if _role_predicates is not UNSET:
            role_predicates = []
            for role_predicates_item_data in _role_predicates:
                role_predicates_item = Predicate.from_dict(role_predicates_item_data)

                role_predicates.append(role_predicates_item)

        create_audience_request = cls(
            name=name,
            predicates=predicates,
            role_predicates=role_predicates,
        )

        create_audience_request.additional_properties = d
        return create_audience_request

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
    global _lazy_loaded, Predicate
    from ..models.predicate import Predicate

    _lazy_loaded = True
