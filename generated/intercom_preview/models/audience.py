from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_type import AudienceType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.predicate import Predicate


T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
    """An audience represents a group of contacts that can be targeted by Fin.

    Attributes:
        type_ (AudienceType | None): The type of object. Example: audience.
        id (None | str): The unique identifier representing the audience. Example: 123.
        name (None | str): The name of the audience. Example: VIP Customers.
        predicates (list[Predicate] | None): The predicates that define which contacts belong to the audience. Example:
            [{'attribute': 'company.name', 'type': 'string', 'comparison': 'contains', 'value': 'Acme'}].
        role_predicates (list[Predicate] | None): Role-based predicates that further filter audience membership by
            contact role. Example: [{'attribute': 'role', 'type': 'role', 'comparison': 'eq', 'value': 'user'}].
        created_at (int | None): The time the audience was created as a Unix timestamp. Example: 1717200000.
        updated_at (int | None): The time the audience was last updated as a Unix timestamp. Example: 1717200000.
    """

    type_: AudienceType | None = None
    id: None | str = None
    name: None | str = None
    predicates: list[Predicate] | None = None
    role_predicates: list[Predicate] | None = None
    created_at: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AudienceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        predicates: list[dict[str, Any]] | None | Unset
        if isinstance(self.predicates, Unset):
            predicates = UNSET
        elif isinstance(self.predicates, list):
            predicates = []
            for predicates_type_0_item_data in self.predicates:
                predicates_type_0_item = predicates_type_0_item_data.to_dict()
                predicates.append(predicates_type_0_item)

        else:
            predicates = self.predicates

        role_predicates: list[dict[str, Any]] | None | Unset
        if isinstance(self.role_predicates, Unset):
            role_predicates = UNSET
        elif isinstance(self.role_predicates, list):
            role_predicates = []
            for role_predicates_type_0_item_data in self.role_predicates:
                role_predicates_type_0_item = role_predicates_type_0_item_data.to_dict()
                role_predicates.append(role_predicates_type_0_item)

        else:
            role_predicates = self.role_predicates

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
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if predicates is not UNSET and (predicates is not None or "predicates" in self._received):
            field_dict["predicates"] = predicates
        if role_predicates is not UNSET and (role_predicates is not None or "role_predicates" in self._received):
            field_dict["role_predicates"] = role_predicates
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Audience:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = AudienceType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        predicates = src_dict.get("predicates")
        if isinstance(predicates, list):
            try:
                predicates_type_0 = []
                _predicates_type_0 = predicates
                for predicates_type_0_item_data in _predicates_type_0:
                    predicates_type_0_item = Predicate.from_dict(predicates_type_0_item_data)

                    predicates_type_0.append(predicates_type_0_item)

                predicates = predicates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.predicates = predicates

        role_predicates = src_dict.get("role_predicates")
        if isinstance(role_predicates, list):
            try:
                role_predicates_type_0 = []
                _role_predicates_type_0 = role_predicates
                for role_predicates_type_0_item_data in _role_predicates_type_0:
                    role_predicates_type_0_item = Predicate.from_dict(role_predicates_type_0_item_data)

                    role_predicates_type_0.append(role_predicates_type_0_item)

                role_predicates = role_predicates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.role_predicates = role_predicates

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
        "type",
        "id",
        "name",
        "predicates",
        "role_predicates",
        "created_at",
        "updated_at",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Predicate
    from ..models.predicate import Predicate

    _lazy_loaded = True
