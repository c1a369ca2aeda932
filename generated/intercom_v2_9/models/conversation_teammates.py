from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.reference import Reference


T = TypeVar("T", bound="ConversationTeammates")


@_attrs_define
class ConversationTeammates:
    """The list of teammates who participated in the conversation (wrote at least one conversation part).

    Attributes:
        type_ (None | str): The type of the object - `admin.list`. Example: admin.list.
        teammates (list[Reference] | None): The list of teammates who participated in the conversation (wrote at least
            one conversation part).
        admins (list[Reference] | None): The teammates who participated in the conversation (the key the server sends).
    """

    type_: None | str = None
    teammates: list[Reference] | None = None
    admins: list[Reference] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        teammates: list[dict[str, Any]] | None | Unset
        if isinstance(self.teammates, Unset):
            teammates = UNSET
        elif isinstance(self.teammates, list):
            teammates = []
            for teammates_type_0_item_data in self.teammates:
                teammates_type_0_item = teammates_type_0_item_data.to_dict()
                teammates.append(teammates_type_0_item)

        else:
            teammates = self.teammates

        admins: list[dict[str, Any]] | None | Unset
        if isinstance(self.admins, Unset):
            admins = UNSET
        elif isinstance(self.admins, list):
            admins = []
            for admins_type_0_item_data in self.admins:
                admins_type_0_item = admins_type_0_item_data.to_dict()
                admins.append(admins_type_0_item)

        else:
            admins = self.admins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if teammates is not UNSET and (teammates is not None or "teammates" in self._received):
            field_dict["teammates"] = teammates
        if admins is not UNSET and (admins is not None or "admins" in self._received):
            field_dict["admins"] = admins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationTeammates:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        teammates = src_dict.get("teammates")
        if isinstance(teammates, list):
            try:
                teammates_type_0 = []
                _teammates_type_0 = teammates
                for teammates_type_0_item_data in _teammates_type_0:
                    teammates_type_0_item = Reference.from_dict(teammates_type_0_item_data)

                    teammates_type_0.append(teammates_type_0_item)

                teammates = teammates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.teammates = teammates

        admins = src_dict.get("admins")
        if isinstance(admins, list):
            try:
                admins_type_0 = []
                _admins_type_0 = admins
                for admins_type_0_item_data in _admins_type_0:
                    admins_type_0_item = Reference.from_dict(admins_type_0_item_data)

                    admins_type_0.append(admins_type_0_item)

                admins = admins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.admins = admins

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
        "teammates",
        "admins",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, Reference
    from ..models.reference import Reference

    _lazy_loaded = True
