from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_fin_csat_body_rating import SubmitFinCsatBodyRating
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitFinCsatBody")


@_attrs_define
class SubmitFinCsatBody:
    """
    Attributes:
        conversation_id (str): Your external conversation ID — the same ID you started the conversation with, and the
            one echoed on the `csat_requested` event. Example: ext-123.
        rating (SubmitFinCsatBodyRating): The rating the user selected — one of the `key` values from the
            `csat_requested` event's options. Example: amazing.
        remark (str | Unset): Optional free-text comment the user left alongside the rating. Can be added to an already-
            rated survey, but only once — the rating locks after a remark is recorded. Example: Fin solved my problem in
            seconds..
    """

    conversation_id: str
    rating: SubmitFinCsatBodyRating
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        rating = self.rating.value

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "rating": rating,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        rating = SubmitFinCsatBodyRating(d.pop("rating"))

        remark = d.pop("remark", UNSET)

        submit_fin_csat_body = cls(
            conversation_id=conversation_id,
            rating=rating,
            remark=remark,
        )

        submit_fin_csat_body.additional_properties = d
        return submit_fin_csat_body

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
