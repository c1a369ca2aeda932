from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.error_errors_type_0_item import ErrorErrorsType0Item


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The API will return an Error List for a failed request, which will contain one or more Error objects.

    Attributes:
        type_ (None | str): The type is error.list Example: error.list.
        request_id (None | UUID):  Example: f93ecfa8-d08a-4325-8694-89aeb89c8f85.
        errors (list[ErrorErrorsType0Item] | None): An array of one or more error objects
    """

    type_: None | str = None
    request_id: None | UUID = None
    errors: list[ErrorErrorsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        elif isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if request_id is not UNSET and (request_id is not None or "request_id" in self._received):
            field_dict["request_id"] = request_id
        if errors is not UNSET and (errors is not None or "errors" in self._received):
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not Error:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        request_id = src_dict.get("request_id")
        if isinstance(request_id, str):
            try:
                request_id_type_0 = UUID(request_id)

                request_id = request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.request_id = request_id

        errors = src_dict.get("errors")
        if isinstance(errors, list):
            try:
                errors_type_0 = []
                _errors_type_0 = errors
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ErrorErrorsType0Item.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

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
        "type",
        "request_id",
        "errors",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, ErrorErrorsType0Item
    from ..models.error_errors_type_0_item import ErrorErrorsType0Item

    _lazy_loaded = True
