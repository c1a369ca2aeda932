from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_scorecard_reviewed_teammate_type import ConversationScorecardReviewedTeammateType
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="ConversationScorecardReviewedTeammate")


@_attrs_define
class ConversationScorecardReviewedTeammate:
    """The teammate (or AI agent) whose handling of the conversation was reviewed by this scorecard.

    Attributes:
        type_ (ConversationScorecardReviewedTeammateType | None): The kind of reviewee. `ai` if the conversation was
            handled by Fin or scored without a specific teammate; `admin` if a specific teammate was reviewed. Example:
            admin.
        admin_id (None | str): The id of the admin who was reviewed. Present only when `type` is `admin`. Example:
            991267715.
    """

    type_: ConversationScorecardReviewedTeammateType | None = None
    admin_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConversationScorecardReviewedTeammateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        admin_id: None | str | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if admin_id is not UNSET and (admin_id is not None or "admin_id" in self._received):
            field_dict["admin_id"] = admin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not ConversationScorecardReviewedTeammate:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = ConversationScorecardReviewedTeammateType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.admin_id = src_dict.get("admin_id")

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
        "admin_id",
    }
)
