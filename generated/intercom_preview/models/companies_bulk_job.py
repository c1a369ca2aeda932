from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.companies_bulk_job_state import CompaniesBulkJobState
from ..models.companies_bulk_job_type import CompaniesBulkJobType
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.companies_bulk_job_tasks_type_0_item import CompaniesBulkJobTasksType0Item


T = TypeVar("T", bound="CompaniesBulkJob")


@_attrs_define
class CompaniesBulkJob:
    """A bulk job for creating, updating, or deleting companies asynchronously. Track the job status using the `state`
    field.

        Attributes:
            id (None | str): The unique identifier for the bulk job. Example: job_v2_1.
            type_ (CompaniesBulkJobType | None): The type of the object. Example: companies.bulk.job.
            state (CompaniesBulkJobState | None): The current state of the job. Example: running.
            created_at (int | None): The time the job was created as a UNIX timestamp. Example: 1713360000.
            updated_at (int | None): The time the job was last updated as a UNIX timestamp. Example: 1713360060.
            completed_at (int | None): The time the job completed as a UNIX timestamp. Null if not yet completed. Example:
                1713360120.
            tasks (list[CompaniesBulkJobTasksType0Item] | None): The tasks that make up this bulk job.
            url (None | str): The URL to check the job status. Example: https://api.intercom.io/companies/bulk/job_v2_1.
    """

    id: None | str = None
    type_: CompaniesBulkJobType | None = None
    state: CompaniesBulkJobState | None = None
    created_at: int | None = None
    updated_at: int | None = None
    completed_at: int | None = None
    tasks: list[CompaniesBulkJobTasksType0Item] | None = None
    url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CompaniesBulkJobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, CompaniesBulkJobState):
            state = self.state.value
        else:
            state = self.state

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if completed_at is not UNSET and (completed_at is not None or "completed_at" in self._received):
            field_dict["completed_at"] = completed_at
        if tasks is not UNSET and (tasks is not None or "tasks" in self._received):
            field_dict["tasks"] = tasks
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not CompaniesBulkJob:
            cls.__init__(self)
        self.id = src_dict.get("id")

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = CompaniesBulkJobType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = CompaniesBulkJobState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.completed_at = src_dict.get("completed_at")

        tasks = src_dict.get("tasks")
        if isinstance(tasks, list):
            try:
                tasks_type_0 = []
                _tasks_type_0 = tasks
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = CompaniesBulkJobTasksType0Item.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                tasks = tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tasks = tasks

        self.url = src_dict.get("url")

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
        "type",
        "state",
        "created_at",
        "updated_at",
        "completed_at",
        "tasks",
        "url",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, CompaniesBulkJobTasksType0Item
    from ..models.companies_bulk_job_tasks_type_0_item import CompaniesBulkJobTasksType0Item

    _lazy_loaded = True
