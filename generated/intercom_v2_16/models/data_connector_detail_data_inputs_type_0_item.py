from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_data_inputs_type_0_item_type import DataConnectorDetailDataInputsType0ItemType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="DataConnectorDetailDataInputsType0Item")


@_attrs_define
class DataConnectorDetailDataInputsType0Item:
    """
    Attributes:
        name (None | str): The name of the input parameter. Example: conversation_id.
        type_ (DataConnectorDetailDataInputsType0ItemType | None): The data type of the input. Example: string.
        description (None | str): A description of the input parameter.
        required (bool | None): Whether this input is required. Example: True.
        default_value (None | str): The default value for this input, if any.
    """

    name: None | str = None
    type_: DataConnectorDetailDataInputsType0ItemType | None = None
    description: None | str = None
    required: bool | None = None
    default_value: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataConnectorDetailDataInputsType0ItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if required is not UNSET and (required is not None or "required" in self._received):
            field_dict["required"] = required
        if default_value is not UNSET and (default_value is not None or "default_value" in self._received):
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataConnectorDetailDataInputsType0Item:
            cls.__init__(self)
        self.name = src_dict.get("name")

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataConnectorDetailDataInputsType0ItemType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.description = src_dict.get("description")

        self.required = src_dict.get("required")

        self.default_value = src_dict.get("default_value")

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
        "name",
        "type",
        "description",
        "required",
        "default_value",
    }
)
