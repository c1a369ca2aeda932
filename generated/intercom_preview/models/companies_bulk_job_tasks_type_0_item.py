from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.companies_bulk_job_tasks_type_0_item_state import CompaniesBulkJobTasksType0ItemState
from ..types import NO_KEYS, UNSET, Unset, new_instance

T = TypeVar("T", bound="CompaniesBulkJobTasksType0Item")


@_attrs_define
class CompaniesBulkJobTasksType0Item:
    """
    Attributes:
        id (None | str): The unique identifier for the task. Example: task_v2_1.
        item_count (int | None): The number of items in this task. Example: 2.
        state (CompaniesBulkJobTasksType0ItemState | None): The current state of the task. Example: pending.
        created_at (int | None): The time the task was created as a UNIX timestamp. Example: 1713360000.
        started_at (int | None): The time the task started as a UNIX timestamp. Null if not yet started. Example:
            1713360060.
        completed_at (int | None): The time the task completed as a UNIX timestamp. Null if not yet completed. Example:
            1713360120.
    """

    id: None | str = None
    item_count: int | None = None
    state: CompaniesBulkJobTasksType0ItemState | None = None
    created_at: int | None = None
    started_at: int | None = None
    completed_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        item_count: int | None | Unset
        if isinstance(self.item_count, Unset):
            item_count = UNSET
        else:
            item_count = self.item_count

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, CompaniesBulkJobTasksType0ItemState):
            state = self.state.value
        else:
            state = self.state

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if item_count is not UNSET and (item_count is not None or "item_count" in self._received):
            field_dict["item_count"] = item_count
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if started_at is not UNSET and (started_at is not None or "started_at" in self._received):
            field_dict["started_at"] = started_at
        if completed_at is not UNSET and (completed_at is not None or "completed_at" in self._received):
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not CompaniesBulkJobTasksType0Item:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.item_count = src_dict.get("item_count")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = CompaniesBulkJobTasksType0ItemState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.created_at = src_dict.get("created_at")

        self.started_at = src_dict.get("started_at")

        self.completed_at = src_dict.get("completed_at")

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
        "id",
        "item_count",
        "state",
        "created_at",
        "started_at",
        "completed_at",
    }
)
