from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LisDataEventsIntercomUserIdQueryParameter")


@_attrs_define
class LisDataEventsIntercomUserIdQueryParameter:
    """
    Attributes:
        intercom_user_id (str):
    """

    intercom_user_id: str

    def to_dict(self) -> dict[str, Any]:
        intercom_user_id = self.intercom_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intercom_user_id": intercom_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        intercom_user_id = d.pop("intercom_user_id")

        lis_data_events_intercom_user_id_query_parameter = cls(
            intercom_user_id=intercom_user_id,
        )

        return lis_data_events_intercom_user_id_query_parameter
