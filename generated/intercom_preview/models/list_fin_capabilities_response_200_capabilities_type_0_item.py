from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFinCapabilitiesResponse200CapabilitiesType0Item")


@_attrs_define
class ListFinCapabilitiesResponse200CapabilitiesType0Item:
    """
    Attributes:
        type_ (None | str | Unset): The kind of capability — `procedure` for a runnable procedure, or a static action
            such as `reply`, `ask`, or `escalate`. Example: procedure.
        id (None | str | Unset): The procedure ID. Present only when `type` is `procedure`. Example: 12345.
        name (None | str | Unset): The procedure name. Present only when `type` is `procedure`. Example: Reset password.
        description (None | str | Unset): A human-readable description of the capability. Example: Walk the user through
            resetting their password..
        endpoint (None | str | Unset): The endpoint path to call to use this capability. Example:
            /fin/procedures/12345/run.
        method (None | str | Unset): The HTTP method to use. Example: POST.
    """

    type_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        method = d.pop("method", UNSET)

        list_fin_capabilities_response_200_capabilities_type_0_item = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            endpoint=endpoint,
            method=method,
        )

        list_fin_capabilities_response_200_capabilities_type_0_item.additional_properties = d
        return list_fin_capabilities_response_200_capabilities_type_0_item

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
