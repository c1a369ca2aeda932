from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.custom_action_finished_action_type_0 import CustomActionFinishedActionType0


T = TypeVar("T", bound="CustomActionFinished")


@_attrs_define
class CustomActionFinished:
    """Contains details about final status of the completed action for conversation part type
    <code>custom_action_finished</code>.

        Attributes:
            action (CustomActionFinishedActionType0 | None):
    """

    action: CustomActionFinishedActionType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, CustomActionFinishedActionType0):
            action = self.action.to_dict()
        else:
            action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET and (action is not None or "action" in self._received):
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not CustomActionFinished:
            cls.__init__(self)
        action = src_dict.get("action")
        if isinstance(action, dict):
            try:
                action_type_0 = CustomActionFinishedActionType0.from_dict(action)

                action = action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.action = action

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
        "action",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CustomActionFinishedActionType0
    from ..models.custom_action_finished_action_type_0 import CustomActionFinishedActionType0

    _lazy_loaded = True
