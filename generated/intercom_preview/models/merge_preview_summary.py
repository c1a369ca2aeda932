from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.merge_preview_attribute_changes import MergePreviewAttributeChanges
    from ..models.merge_preview_reassignments import MergePreviewReassignments


T = TypeVar("T", bound="MergePreviewSummary")


@_attrs_define
class MergePreviewSummary:
    """A summary of the changes the merge would make to the surviving contact.

    Attributes:
        attribute_changes (MergePreviewAttributeChanges | None):
        reassignments (MergePreviewReassignments | None):
    """

    attribute_changes: MergePreviewAttributeChanges | None = None
    reassignments: MergePreviewReassignments | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        attribute_changes: dict[str, Any] | None | Unset
        if isinstance(self.attribute_changes, Unset):
            attribute_changes = UNSET
        elif isinstance(self.attribute_changes, MergePreviewAttributeChanges):
            attribute_changes = self.attribute_changes.to_dict()
        else:
            attribute_changes = self.attribute_changes

        reassignments: dict[str, Any] | None | Unset
        if isinstance(self.reassignments, Unset):
            reassignments = UNSET
        elif isinstance(self.reassignments, MergePreviewReassignments):
            reassignments = self.reassignments.to_dict()
        else:
            reassignments = self.reassignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_changes is not UNSET and (attribute_changes is not None or "attribute_changes" in self._received):
            field_dict["attribute_changes"] = attribute_changes
        if reassignments is not UNSET and (reassignments is not None or "reassignments" in self._received):
            field_dict["reassignments"] = reassignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not MergePreviewSummary:
            cls.__init__(self)
        attribute_changes = src_dict.get("attribute_changes")
        if isinstance(attribute_changes, dict):
            try:
                attribute_changes_type_0 = MergePreviewAttributeChanges.from_dict(attribute_changes)

                attribute_changes = attribute_changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attribute_changes = attribute_changes

        reassignments = src_dict.get("reassignments")
        if isinstance(reassignments, dict):
            try:
                reassignments_type_0 = MergePreviewReassignments.from_dict(reassignments)

                reassignments = reassignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.reassignments = reassignments

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
        "attribute_changes",
        "reassignments",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, MergePreviewAttributeChanges, MergePreviewReassignments
    from ..models.merge_preview_attribute_changes import MergePreviewAttributeChanges
    from ..models.merge_preview_reassignments import MergePreviewReassignments

    _lazy_loaded = True
