from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_preview_reason_code import MergePreviewReasonCode
from ..types import UNSET, Unset

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
    _received: AbstractSet[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        d = dict(src_dict)

        def _parse_code(data: object) -> MergePreviewReasonCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_1 = MergePreviewReasonCode(data)

                return code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MergePreviewReasonCode | None | Unset, data)

        code = _parse_code(d.pop("code", None))

        message = d.pop("message", None)

        merge_preview_reason = cls(
            code=code,
            message=message,
        )

        merge_preview_reason._received = src_dict.keys()

        merge_preview_reason.additional_properties = d
        return merge_preview_reason

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received

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
