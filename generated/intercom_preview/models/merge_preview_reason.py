from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_preview_reason_code import MergePreviewReasonCode
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="MergePreviewReason")


@_attrs_define
class MergePreviewReason:
    """A reason a merge is not allowed.

    Attributes:
        code (MergePreviewReasonCode | None): A stable code identifying the reason. Branch on this value.
        message (None | str): A human-readable explanation. Display this to people; do not match on it, as the wording
            may change.
    """

    code: MergePreviewReasonCode | None = None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, MergePreviewReasonCode):
            code = self.code.value
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET and (code is not None or "code" in self._received):
            field_dict["code"] = code
        if message is not UNSET and (message is not None or "message" in self._received):
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not MergePreviewReason:
            cls.__init__(self)
        code = src_dict.get("code")
        if isinstance(code, str):
            try:
                code_type_1 = MergePreviewReasonCode(code)

                code = code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.code = code

        self.message = src_dict.get("message")

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
        "code",
        "message",
    }
)
