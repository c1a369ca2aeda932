from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference
    from ..models.reference import Reference


T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    """The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the
    Admin assigned to the conversation.

        Attributes:
            rating (int | None): The rating, between 1 and 5, for the conversation. Example: 5.
            remark (None | str): An optional field to add a remark to correspond to the number rating
            created_at (int | None): The time the rating was requested in the conversation being rated. Example: 1671028894.
            contact (ContactReference | None):
            teammate (None | Reference):
    """

    rating: int | None = None
    remark: None | str = None
    created_at: int | None = None
    contact: ContactReference | None = None
    teammate: None | Reference = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactReference):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        teammate: dict[str, Any] | None | Unset
        if isinstance(self.teammate, Unset):
            teammate = UNSET
        elif isinstance(self.teammate, Reference):
            teammate = self.teammate.to_dict()
        else:
            teammate = self.teammate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rating is not UNSET and (rating is not None or "rating" in self._received):
            field_dict["rating"] = rating
        if remark is not UNSET and (remark is not None or "remark" in self._received):
            field_dict["remark"] = remark
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if contact is not UNSET and (contact is not None or "contact" in self._received):
            field_dict["contact"] = contact
        if teammate is not UNSET and (teammate is not None or "teammate" in self._received):
            field_dict["teammate"] = teammate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationRating:
            cls.__init__(self)
        self.rating = src_dict.get("rating")

        self.remark = src_dict.get("remark")

        self.created_at = src_dict.get("created_at")

        contact = src_dict.get("contact")
        if isinstance(contact, dict):
            try:
                contact_type_0 = ContactReference.from_dict(contact)

                contact = contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.contact = contact

        teammate = src_dict.get("teammate")
        if isinstance(teammate, dict):
            try:
                teammate_type_0 = Reference.from_dict(teammate)

                teammate = teammate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.teammate = teammate

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
        "rating",
        "remark",
        "created_at",
        "contact",
        "teammate",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ContactReference, Reference
    from ..models.contact_reference import ContactReference
    from ..models.reference import Reference

    _lazy_loaded = True
