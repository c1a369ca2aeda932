from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.merge_preview_reason import MergePreviewReason


T = TypeVar("T", bound="MergePreviewBlocked")


@_attrs_define
class MergePreviewBlocked:
    """Returned when the merge is not allowed.

    Attributes:
        allowed (bool): Always false. The merge is not allowed.
        reasons (list[MergePreviewReason] | None): One or more reasons the merge is not allowed.
    """

    allowed: bool | None = None
    reasons: list[MergePreviewReason] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allowed = self.allowed

        reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, list):
            reasons = []
            for reasons_type_0_item_data in self.reasons:
                reasons_type_0_item = reasons_type_0_item_data.to_dict()
                reasons.append(reasons_type_0_item)

        else:
            reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not UNSET and (allowed is not None or "allowed" in self._received):
            field_dict["allowed"] = allowed
        if reasons is not UNSET and (reasons is not None or "reasons" in self._received):
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not MergePreviewBlocked:
            cls.__init__(self)
        self.allowed = src_dict.get("allowed")

        reasons = src_dict.get("reasons")
        if isinstance(reasons, list):
            try:
                reasons_type_0 = []
                _reasons_type_0 = reasons
                for reasons_type_0_item_data in _reasons_type_0:
                    reasons_type_0_item = MergePreviewReason.from_dict(reasons_type_0_item_data)

                    reasons_type_0.append(reasons_type_0_item)

                reasons = reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reasons = reasons

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
        "allowed",
        "reasons",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, MergePreviewReason
    from ..models.merge_preview_reason import MergePreviewReason

    _lazy_loaded = True
