from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

if TYPE_CHECKING:
    from ..models.workflow_export_workflow_type_0 import WorkflowExportWorkflowType0


T = TypeVar("T", bound="WorkflowExport")


@_attrs_define
class WorkflowExport:
    """A workflow export containing the complete workflow configuration.

    Attributes:
        export_version (None | str): The version of the export format. Example: 1.0.
        exported_at (datetime.datetime | None): The timestamp when the export was generated. Example:
            2026-01-26T12:00:00Z.
        app_id (int | None): The workspace identifier. Example: 12345.
        workflow (None | WorkflowExportWorkflowType0): The workflow configuration.
    """

    export_version: None | str = None
    exported_at: datetime.datetime | None = None
    app_id: int | None = None
    workflow: None | WorkflowExportWorkflowType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        export_version: None | str | Unset
        if isinstance(self.export_version, Unset):
            export_version = UNSET
        else:
            export_version = self.export_version

        exported_at: None | str | Unset
        if isinstance(self.exported_at, Unset):
            exported_at = UNSET
        elif isinstance(self.exported_at, datetime.datetime):
            exported_at = self.exported_at.isoformat()
        else:
            exported_at = self.exported_at

        app_id: int | None | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, WorkflowExportWorkflowType0):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_version is not UNSET and (export_version is not None or "export_version" in self._received):
            field_dict["export_version"] = export_version
        if exported_at is not UNSET and (exported_at is not None or "exported_at" in self._received):
            field_dict["exported_at"] = exported_at
        if app_id is not UNSET and (app_id is not None or "app_id" in self._received):
            field_dict["app_id"] = app_id
        if workflow is not UNSET and (workflow is not None or "workflow" in self._received):
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not WorkflowExport:
            cls.__init__(self)
        self.export_version = src_dict.get("export_version")

        exported_at = src_dict.get("exported_at")
        if isinstance(exported_at, str):
            try:
                exported_at_type_0 = WireDateTime.parse(exported_at)

                exported_at = exported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.exported_at = exported_at

        self.app_id = src_dict.get("app_id")

        workflow = src_dict.get("workflow")
        if isinstance(workflow, dict):
            try:
                workflow_type_0 = WorkflowExportWorkflowType0.from_dict(workflow)

                workflow = workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.workflow = workflow

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
        "export_version",
        "exported_at",
        "app_id",
        "workflow",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global _lazy_loaded, WorkflowExportWorkflowType0
    from ..models.workflow_export_workflow_type_0 import WorkflowExportWorkflowType0

    _lazy_loaded = True
