from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_preview_attribute_change_outcome import MergePreviewAttributeChangeOutcome
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="MergePreviewAttributeChange")


@_attrs_define
class MergePreviewAttributeChange:
    """A single attribute change on the surviving contact.

    Attributes:
        field (None | str): The contact field that would change. Example: name.
        outcome (MergePreviewAttributeChangeOutcome | None): How the value is resolved. adopted = the source's value is
            taken; discarded = the source's value is dropped and the target's kept; merged = the two values are combined.
        from_value (Any): The source contact's value. Omitted when null. May be a string, array, or object depending on
            the field.
        into_value (Any): The target contact's value. Omitted when null. May be a string, array, or object depending on
            the field.
        new_into_value (Any): The resulting value on the surviving contact. Always present; may be null. May be a
            string, array, or object depending on the field.
    """

    field: None | str = None
    outcome: MergePreviewAttributeChangeOutcome | None = None
    from_value: Any = None
    into_value: Any = None
    new_into_value: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, MergePreviewAttributeChangeOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        from_value = self.from_value

        into_value = self.into_value

        new_into_value = self.new_into_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET and (field is not None or "field" in self._received):
            field_dict["field"] = field
        if outcome is not UNSET and (outcome is not None or "outcome" in self._received):
            field_dict["outcome"] = outcome
        if from_value is not UNSET and (from_value is not None or "from_value" in self._received):
            field_dict["from_value"] = from_value
        if into_value is not UNSET and (into_value is not None or "into_value" in self._received):
            field_dict["into_value"] = into_value
        if new_into_value is not UNSET and (new_into_value is not None or "new_into_value" in self._received):
            field_dict["new_into_value"] = new_into_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not MergePreviewAttributeChange:
            cls.__init__(self)
        self.field = src_dict.get("field")

        outcome = src_dict.get("outcome")
        if isinstance(outcome, str):
            try:
                outcome_type_1 = MergePreviewAttributeChangeOutcome(outcome)

                outcome = outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.outcome = outcome

        self.from_value = src_dict.get("from_value")

        self.into_value = src_dict.get("into_value")

        self.new_into_value = src_dict.get("new_into_value")

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
        "field",
        "outcome",
        "from_value",
        "into_value",
        "new_into_value",
    }
)
