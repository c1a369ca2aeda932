from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.operator_workflow_event_event_type_0 import OperatorWorkflowEventEventType0
    from ..models.operator_workflow_event_workflow_type_0 import OperatorWorkflowEventWorkflowType0


T = TypeVar("T", bound="OperatorWorkflowEvent")


@_attrs_define
class OperatorWorkflowEvent:
    """Contains details about name of the workflow for conversation part type <code>operator_workflow_event</code>.

    Attributes:
        workflow (None | OperatorWorkflowEventWorkflowType0):
        event (None | OperatorWorkflowEventEventType0):
    """

    workflow: None | OperatorWorkflowEventWorkflowType0 = None
    event: None | OperatorWorkflowEventEventType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, OperatorWorkflowEventWorkflowType0):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, OperatorWorkflowEventEventType0):
            event = self.event.to_dict()
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow is not UNSET and (workflow is not None or "workflow" in self._received):
            field_dict["workflow"] = workflow
        if event is not UNSET and (event is not None or "event" in self._received):
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not OperatorWorkflowEvent:
            cls.__init__(self)
        workflow = src_dict.get("workflow")
        if isinstance(workflow, dict):
            try:
                workflow_type_0 = OperatorWorkflowEventWorkflowType0.from_dict(workflow)

                workflow = workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.workflow = workflow

        event = src_dict.get("event")
        if isinstance(event, dict):
            try:
                event_type_0 = OperatorWorkflowEventEventType0.from_dict(event)

                event = event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.event = event

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
        "workflow",
        "event",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, OperatorWorkflowEventEventType0, OperatorWorkflowEventWorkflowType0
    from ..models.operator_workflow_event_event_type_0 import OperatorWorkflowEventEventType0
    from ..models.operator_workflow_event_workflow_type_0 import OperatorWorkflowEventWorkflowType0

    _lazy_loaded = True
