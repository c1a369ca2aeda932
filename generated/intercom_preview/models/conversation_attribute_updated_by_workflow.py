from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_workflow_attribute_type_0 import (
        ConversationAttributeUpdatedByWorkflowAttributeType0,
    )
    from ..models.conversation_attribute_updated_by_workflow_value_type_0 import (
        ConversationAttributeUpdatedByWorkflowValueType0,
    )
    from ..models.conversation_attribute_updated_by_workflow_workflow_type_0 import (
        ConversationAttributeUpdatedByWorkflowWorkflowType0,
    )


T = TypeVar("T", bound="ConversationAttributeUpdatedByWorkflow")


@_attrs_define
class ConversationAttributeUpdatedByWorkflow:
    """Contains details about the workflow that was triggered and any Custom Data Attributes (CDAs) that were modified
    during the workflow execution for conversation part type <code>conversation_attribute_updated_by_workflow</code>.

        Attributes:
            workflow (ConversationAttributeUpdatedByWorkflowWorkflowType0 | None):
            attribute (ConversationAttributeUpdatedByWorkflowAttributeType0 | None):
            value (ConversationAttributeUpdatedByWorkflowValueType0 | None):
    """

    workflow: ConversationAttributeUpdatedByWorkflowWorkflowType0 | None = None
    attribute: ConversationAttributeUpdatedByWorkflowAttributeType0 | None = None
    value: ConversationAttributeUpdatedByWorkflowValueType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, ConversationAttributeUpdatedByWorkflowWorkflowType0):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        attribute: dict[str, Any] | None | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        elif isinstance(self.attribute, ConversationAttributeUpdatedByWorkflowAttributeType0):
            attribute = self.attribute.to_dict()
        else:
            attribute = self.attribute

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ConversationAttributeUpdatedByWorkflowValueType0):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow is not UNSET and (workflow is not None or "workflow" in self._received):
            field_dict["workflow"] = workflow
        if attribute is not UNSET and (attribute is not None or "attribute" in self._received):
            field_dict["attribute"] = attribute
        if value is not UNSET and (value is not None or "value" in self._received):
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationAttributeUpdatedByWorkflow:
            cls.__init__(self)
        workflow = src_dict.get("workflow")
        if isinstance(workflow, dict):
            try:
                workflow_type_0 = ConversationAttributeUpdatedByWorkflowWorkflowType0.from_dict(workflow)

                workflow = workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.workflow = workflow

        attribute = src_dict.get("attribute")
        if isinstance(attribute, dict):
            try:
                attribute_type_0 = ConversationAttributeUpdatedByWorkflowAttributeType0.from_dict(attribute)

                attribute = attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attribute = attribute

        value = src_dict.get("value")
        if isinstance(value, dict):
            try:
                value_type_0 = ConversationAttributeUpdatedByWorkflowValueType0.from_dict(value)

                value = value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.value = value

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
        "attribute",
        "value",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ConversationAttributeUpdatedByWorkflowAttributeType0, \
        ConversationAttributeUpdatedByWorkflowValueType0, \
        ConversationAttributeUpdatedByWorkflowWorkflowType0
    from ..models.conversation_attribute_updated_by_workflow_attribute_type_0 import (
        ConversationAttributeUpdatedByWorkflowAttributeType0,
    )
    from ..models.conversation_attribute_updated_by_workflow_value_type_0 import (
        ConversationAttributeUpdatedByWorkflowValueType0,
    )
    from ..models.conversation_attribute_updated_by_workflow_workflow_type_0 import (
        ConversationAttributeUpdatedByWorkflowWorkflowType0,
    )

    _lazy_loaded = True
