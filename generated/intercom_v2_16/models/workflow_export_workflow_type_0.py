from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_export_workflow_type_0_state import WorkflowExportWorkflowType0State
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

if TYPE_CHECKING:
    from ..models.workflow_export_workflow_type_0_attributes_type_0_item import (
        WorkflowExportWorkflowType0AttributesType0Item,
    )
    from ..models.workflow_export_workflow_type_0_embedded_rules_type_0_item import (
        WorkflowExportWorkflowType0EmbeddedRulesType0Item,
    )
    from ..models.workflow_export_workflow_type_0_snapshot_type_0 import WorkflowExportWorkflowType0SnapshotType0
    from ..models.workflow_export_workflow_type_0_targeting_type_0 import WorkflowExportWorkflowType0TargetingType0


T = TypeVar("T", bound="WorkflowExportWorkflowType0")


@_attrs_define
class WorkflowExportWorkflowType0:
    """The workflow configuration.

    Attributes:
        id (None | str): The unique identifier for the workflow. Example: 67890.
        title (None | str): The title of the workflow. Example: My Workflow.
        description (None | str): The description of the workflow. Example: A workflow that handles customer inquiries.
        trigger_type (None | str): The type of trigger that starts this workflow. Example: inbound_conversation.
        state (None | WorkflowExportWorkflowType0State): The current state of the workflow. Example: live.
        target_channels (list[str] | None): The channels this workflow targets. Example: ['chat'].
        preferred_devices (list[str] | None): The preferred devices for this workflow. Example: ['desktop', 'mobile'].
        created_at (datetime.datetime | None): When the workflow was created. Example: 2025-06-15T10:30:00Z.
        updated_at (datetime.datetime | None): When the workflow was last updated. Example: 2026-01-20T14:45:00Z.
        targeting (None | WorkflowExportWorkflowType0TargetingType0): The targeting rules for this workflow.
        snapshot (None | WorkflowExportWorkflowType0SnapshotType0): The current snapshot of workflow steps and
            configuration.
        attributes (list[WorkflowExportWorkflowType0AttributesType0Item] | None): Custom attributes defined for this
            workflow.
        embedded_rules (list[WorkflowExportWorkflowType0EmbeddedRulesType0Item] | None): Rules embedded within the
            workflow steps.
    """

    id: None | str = None
    title: None | str = None
    description: None | str = None
    trigger_type: None | str = None
    state: None | WorkflowExportWorkflowType0State = None
    target_channels: list[str] | None = None
    preferred_devices: list[str] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    targeting: None | WorkflowExportWorkflowType0TargetingType0 = None
    snapshot: None | WorkflowExportWorkflowType0SnapshotType0 = None
    attributes: list[WorkflowExportWorkflowType0AttributesType0Item] | None = None
    embedded_rules: list[WorkflowExportWorkflowType0EmbeddedRulesType0Item] | None = None
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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, WorkflowExportWorkflowType0State):
            state = self.state.value
        else:
            state = self.state

        target_channels: list[str] | None | Unset
        if isinstance(self.target_channels, Unset):
            target_channels = UNSET
        elif isinstance(self.target_channels, list):
            target_channels = self.target_channels

        else:
            target_channels = self.target_channels

        preferred_devices: list[str] | None | Unset
        if isinstance(self.preferred_devices, Unset):
            preferred_devices = UNSET
        elif isinstance(self.preferred_devices, list):
            preferred_devices = self.preferred_devices

        else:
            preferred_devices = self.preferred_devices

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        targeting: dict[str, Any] | None | Unset
        if isinstance(self.targeting, Unset):
            targeting = UNSET
        elif isinstance(self.targeting, WorkflowExportWorkflowType0TargetingType0):
            targeting = self.targeting.to_dict()
        else:
            targeting = self.targeting

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, WorkflowExportWorkflowType0SnapshotType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        embedded_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.embedded_rules, Unset):
            embedded_rules = UNSET
        elif isinstance(self.embedded_rules, list):
            embedded_rules = []
            for embedded_rules_type_0_item_data in self.embedded_rules:
                embedded_rules_type_0_item = embedded_rules_type_0_item_data.to_dict()
                embedded_rules.append(embedded_rules_type_0_item)

        else:
            embedded_rules = self.embedded_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if title is not UNSET and (title is not None or "title" in self._received):
            field_dict["title"] = title
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if trigger_type is not UNSET and (trigger_type is not None or "trigger_type" in self._received):
            field_dict["trigger_type"] = trigger_type
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if target_channels is not UNSET and (target_channels is not None or "target_channels" in self._received):
            field_dict["target_channels"] = target_channels
        if preferred_devices is not UNSET and (preferred_devices is not None or "preferred_devices" in self._received):
            field_dict["preferred_devices"] = preferred_devices
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if targeting is not UNSET and (targeting is not None or "targeting" in self._received):
            field_dict["targeting"] = targeting
        if snapshot is not UNSET and (snapshot is not None or "snapshot" in self._received):
            field_dict["snapshot"] = snapshot
        if attributes is not UNSET and (attributes is not None or "attributes" in self._received):
            field_dict["attributes"] = attributes
        if embedded_rules is not UNSET and (embedded_rules is not None or "embedded_rules" in self._received):
            field_dict["embedded_rules"] = embedded_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not WorkflowExportWorkflowType0:
            cls.__init__(self)
        self.id = src_dict.get("id")

        self.title = src_dict.get("title")

        self.description = src_dict.get("description")

        self.trigger_type = src_dict.get("trigger_type")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = WorkflowExportWorkflowType0State(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.target_channels = src_dict.get("target_channels")

        self.preferred_devices = src_dict.get("preferred_devices")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = WireDateTime.parse(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.created_at = created_at

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = WireDateTime.parse(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.updated_at = updated_at

        targeting = src_dict.get("targeting")
        if isinstance(targeting, dict):
            try:
                targeting_type_0 = WorkflowExportWorkflowType0TargetingType0.from_dict(targeting)

                targeting = targeting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.targeting = targeting

        snapshot = src_dict.get("snapshot")
        if isinstance(snapshot, dict):
            try:
                snapshot_type_0 = WorkflowExportWorkflowType0SnapshotType0.from_dict(snapshot)

                snapshot = snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.snapshot = snapshot

        attributes = src_dict.get("attributes")
        if isinstance(attributes, list):
            try:
                attributes_type_0 = []
                _attributes_type_0 = attributes
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = WorkflowExportWorkflowType0AttributesType0Item.from_dict(
                        attributes_type_0_item_data
                    )

                    attributes_type_0.append(attributes_type_0_item)

                attributes = attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attributes = attributes

        embedded_rules = src_dict.get("embedded_rules")
        if isinstance(embedded_rules, list):
            try:
                embedded_rules_type_0 = []
                _embedded_rules_type_0 = embedded_rules
                for embedded_rules_type_0_item_data in _embedded_rules_type_0:
                    embedded_rules_type_0_item = WorkflowExportWorkflowType0EmbeddedRulesType0Item.from_dict(
                        embedded_rules_type_0_item_data
                    )

                    embedded_rules_type_0.append(embedded_rules_type_0_item)

                embedded_rules = embedded_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.embedded_rules = embedded_rules

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
        "title",
        "description",
        "trigger_type",
        "state",
        "target_channels",
        "preferred_devices",
        "created_at",
        "updated_at",
        "targeting",
        "snapshot",
        "attributes",
        "embedded_rules",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        WorkflowExportWorkflowType0AttributesType0Item, \
        WorkflowExportWorkflowType0EmbeddedRulesType0Item, \
        WorkflowExportWorkflowType0SnapshotType0, \
        WorkflowExportWorkflowType0TargetingType0
    from ..models.workflow_export_workflow_type_0_attributes_type_0_item import (
        WorkflowExportWorkflowType0AttributesType0Item,
    )
    from ..models.workflow_export_workflow_type_0_embedded_rules_type_0_item import (
        WorkflowExportWorkflowType0EmbeddedRulesType0Item,
    )
    from ..models.workflow_export_workflow_type_0_snapshot_type_0 import WorkflowExportWorkflowType0SnapshotType0
    from ..models.workflow_export_workflow_type_0_targeting_type_0 import WorkflowExportWorkflowType0TargetingType0

    _lazy_loaded = True
