from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_response_fields_type_0_item_type import (
    DataConnectorDetailResponseFieldsType0ItemType,
)
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DataConnectorDetailResponseFieldsType0Item")


@_attrs_define
class DataConnectorDetailResponseFieldsType0Item:
    """
    Attributes:
        path (None | str): The JSON path of the response field. Example: status.
        type_ (DataConnectorDetailResponseFieldsType0ItemType | None): The data type of the response field. Example:
            string.
        example_value (Any): An example value for this field. Example: ok.
        redacted (bool | None): Whether this field is redacted in logs. Example: False.
    """

    path: None | str = None
    type_: DataConnectorDetailResponseFieldsType0ItemType | None = None
    example_value: Any = None
    redacted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataConnectorDetailResponseFieldsType0ItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        example_value = self.example_value

        redacted: bool | None | Unset
        if isinstance(self.redacted, Unset):
            redacted = UNSET
        else:
            redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET and (path is not None or "path" in self._received):
            field_dict["path"] = path
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if example_value is not UNSET and (example_value is not None or "example_value" in self._received):
            field_dict["example_value"] = example_value
        if redacted is not UNSET and (redacted is not None or "redacted" in self._received):
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataConnectorDetailResponseFieldsType0Item:
            cls.__init__(self)
        self.path = src_dict.get("path")

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataConnectorDetailResponseFieldsType0ItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.example_value = src_dict.get("example_value")

        self.redacted = src_dict.get("redacted")

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
        "path",
        "type",
        "example_value",
        "redacted",
    }
)
