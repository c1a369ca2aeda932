from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_applied_sla_status import SlaAppliedSlaStatus
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="SlaApplied")


@_attrs_define
class SlaApplied:
    """The SLA Applied object contains the details for which SLA has been applied to this conversation.
    Important: if there are any canceled sla_events for the conversation - meaning an SLA has been manually removed from
    a conversation, the sla_status will always be returned as null.

        Attributes:
            type_ (None | str): object type Example: conversation_sla_summary.
            sla_name (None | str): The name of the SLA as given by the teammate when it was created.
            sla_status (None | SlaAppliedSlaStatus): SLA statuses:
                            - `hit`: If there’s at least one hit event in the underlying sla_events table, and no “missed” or
                “canceled” events for the conversation.
                            - `missed`: If there are any missed sla_events for the conversation and no canceled events. If
                there’s even a single missed sla event, the status will always be missed. A missed status is not applied when
                the SLA expires, only the next time a teammate replies.
                            - `active`: An SLA has been applied to a conversation, but has not yet been fulfilled. SLA status is
                active only if there are no “hit, “missed”, or “canceled” events. Example: hit.
    """

    type_: None | str = None
    sla_name: None | str = None
    sla_status: None | SlaAppliedSlaStatus = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        sla_name: None | str | Unset
        if isinstance(self.sla_name, Unset):
            sla_name = UNSET
        else:
            sla_name = self.sla_name

        sla_status: None | str | Unset
        if isinstance(self.sla_status, Unset):
            sla_status = UNSET
        elif isinstance(self.sla_status, SlaAppliedSlaStatus):
            sla_status = self.sla_status.value
        else:
            sla_status = self.sla_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if sla_name is not UNSET and (sla_name is not None or "sla_name" in self._received):
            field_dict["sla_name"] = sla_name
        if sla_status is not UNSET and (sla_status is not None or "sla_status" in self._received):
            field_dict["sla_status"] = sla_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not SlaApplied:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.sla_name = src_dict.get("sla_name")

        sla_status = src_dict.get("sla_status")
        if isinstance(sla_status, str):
            try:
                sla_status_type_1 = SlaAppliedSlaStatus(sla_status)

                sla_status = sla_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.sla_status = sla_status

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
        "sla_name",
        "sla_status",
    }
)
