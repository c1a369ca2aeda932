from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_fin_csat_response_200_rating import SubmitFinCsatResponse200Rating
from ..models.submit_fin_csat_response_200_status import SubmitFinCsatResponse200Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitFinCsatResponse200")


@_attrs_define
class SubmitFinCsatResponse200:
    """
    Attributes:
        conversation_id (None | str | Unset): The external ID of the rated conversation. Example: ext-123.
        rating (None | SubmitFinCsatResponse200Rating | Unset): The rating now recorded on the conversation. Example:
            amazing.
        status (None | SubmitFinCsatResponse200Status | Unset): The result of the submission. Example: rated.
    """

    conversation_id: None | str | Unset = UNSET
    rating: None | SubmitFinCsatResponse200Rating | Unset = UNSET
    status: None | SubmitFinCsatResponse200Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id", UNSET)

        def _parse_rating(data: object) -> None | SubmitFinCsatResponse200Rating | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_1 = SubmitFinCsatResponse200Rating(data)

                return rating_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmitFinCsatResponse200Rating | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_status(data: object) -> None | SubmitFinCsatResponse200Status | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = SubmitFinCsatResponse200Status(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmitFinCsatResponse200Status | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        submit_fin_csat_response_200 = cls(
            conversation_id=conversation_id,
            rating=rating,
            status=status,
        )

        submit_fin_csat_response_200.additional_properties = d
        return submit_fin_csat_response_200

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
