from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.submit_fin_csat_response_422_errors_type_0 import SubmitFinCsatResponse422ErrorsType0


T = TypeVar("T", bound="SubmitFinCsatResponse422")


@_attrs_define
class SubmitFinCsatResponse422:
    """
    Attributes:
        errors (None | SubmitFinCsatResponse422ErrorsType0): Validation messages keyed by the field they apply to, or
            `base` for conversation-level failures. Example: {'base': 'The rating window for this conversation has closed'}.
    """

    errors: None | SubmitFinCsatResponse422ErrorsType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, SubmitFinCsatResponse422ErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET and (errors is not None or "errors" in self._received):
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not SubmitFinCsatResponse422:
            cls.__init__(self)
        errors = src_dict.get("errors")
        if isinstance(errors, dict):
            try:
                errors_type_0 = SubmitFinCsatResponse422ErrorsType0.from_dict(errors)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.errors = errors

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
        "errors",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, SubmitFinCsatResponse422ErrorsType0
    from ..models.submit_fin_csat_response_422_errors_type_0 import SubmitFinCsatResponse422ErrorsType0

    _lazy_loaded = True
