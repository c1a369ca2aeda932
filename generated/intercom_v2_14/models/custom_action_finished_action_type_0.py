from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_action_finished_action_type_0_result import CustomActionFinishedActionType0Result
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="CustomActionFinishedActionType0")


@_attrs_define
class CustomActionFinishedActionType0:
    """
    Attributes:
        name (None | str): Name of the action Example: Jira Create Issue.
        result (CustomActionFinishedActionType0Result | None): Status of the action Example: success.
    """

    name: None | str = None
    result: CustomActionFinishedActionType0Result | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, CustomActionFinishedActionType0Result):
            result = self.result.value
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if result is not UNSET and (result is not None or "result" in self._received):
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not CustomActionFinishedActionType0:
            cls.__init__(self)
        self.name = src_dict.get("name")

        result = src_dict.get("result")
        if isinstance(result, str):
            try:
                result_type_1 = CustomActionFinishedActionType0Result(result)

                result = result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.result = result

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
        "result",
    }
)
