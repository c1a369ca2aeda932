from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_visitor_request_custom_attributes import UpdateVisitorRequestCustomAttributes


T = TypeVar("T", bound="UpdateVisitorRequest")


@_attrs_define
class UpdateVisitorRequest:
    """Update an existing visitor.

    Attributes:
        id (str | Unset): A unique identified for the visitor which is given by Intercom. Example: 8a88a590-e.
        user_id (str | Unset): A unique identified for the visitor which is given by you. Example: 123.
        name (str | Unset): The visitor's name. Example: Christian Bale.
        custom_attributes (UpdateVisitorRequestCustomAttributes | Unset): The custom attributes which are set for the
            visitor. Example: {'paid_subscriber': True, 'monthly_spend': 155.5, 'team_mates': 9}.
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    custom_attributes: UpdateVisitorRequestCustomAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not ((not isinstance(self.id, Unset)) or (not isinstance(self.user_id, Unset))):
            raise ValueError("UpdateVisitorRequest needs id, or user_id (the API refuses it otherwise)")
        id = self.id

        user_id = self.user_id

        name = self.name

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        name = d.pop("name", UNSET)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: UpdateVisitorRequestCustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = UpdateVisitorRequestCustomAttributes.from_dict(_custom_attributes)

        update_visitor_request = cls(
            id=id,
            user_id=user_id,
            name=name,
            custom_attributes=custom_attributes,
        )

        update_visitor_request.additional_properties = d
        return update_visitor_request

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
    global _lazy_loaded, UpdateVisitorRequestCustomAttributes
    from ..models.update_visitor_request_custom_attributes import UpdateVisitorRequestCustomAttributes

    _lazy_loaded = True
