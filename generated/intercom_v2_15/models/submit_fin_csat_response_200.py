from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_fin_csat_response_200_rating import SubmitFinCsatResponse200Rating
from ..models.submit_fin_csat_response_200_status import SubmitFinCsatResponse200Status
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="SubmitFinCsatResponse200")


@_attrs_define
class SubmitFinCsatResponse200:
    """
    Attributes:
        conversation_id (None | str): The external ID of the rated conversation. Example: ext-123.
        rating (None | SubmitFinCsatResponse200Rating): The rating now recorded on the conversation. Example: amazing.
        status (None | SubmitFinCsatResponse200Status): The result of the submission. Example: rated.
    """

    conversation_id: None | str = None
    rating: None | SubmitFinCsatResponse200Rating = None
    status: None | SubmitFinCsatResponse200Status = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        rating: None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, SubmitFinCsatResponse200Rating):
            rating = self.rating.value
        else:
            rating = self.rating

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SubmitFinCsatResponse200Status):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if rating is not UNSET and (rating is not None or "rating" in self._received):
            field_dict["rating"] = rating
        if status is not UNSET and (status is not None or "status" in self._received):
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not SubmitFinCsatResponse200:
            cls.__init__(self)
        self.conversation_id = src_dict.get("conversation_id")

        rating = src_dict.get("rating")
        if isinstance(rating, str):
            try:
                rating_type_1 = SubmitFinCsatResponse200Rating(rating)

                rating = rating_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.rating = rating

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_1 = SubmitFinCsatResponse200Status(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.status = status

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
        "conversation_id",
        "rating",
        "status",
    }
)
