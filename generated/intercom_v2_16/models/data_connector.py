from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_http_method import DataConnectorHttpMethod
from ..models.data_connector_state import DataConnectorState
from ..models.data_connector_type import DataConnectorType
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

T = TypeVar("T", bound="DataConnector")


@_attrs_define
class DataConnector:
    """A data connector allows you to make HTTP requests to external APIs from Intercom workflows and AI agents.

    Attributes:
        type_ (DataConnectorType | None): The type of object - `data_connector`. Example: data_connector.
        id (None | str): The unique identifier for the data connector. Example: 12345.
        name (None | str): The name of the data connector. Example: Order Status Service.
        description (None | str): A description of what this data connector does. Example: Fetches order status from
            external fulfillment API.
        state (DataConnectorState | None): The current state of the data connector. Example: live.
        http_method (DataConnectorHttpMethod | None): The HTTP method used by the data connector. Example: post.
        direct_fin_usage (bool | None): Whether this data connector is assigned to Fin for direct usage. Example: False.
        created_by_admin_id (None | str): The ID of the admin who created this data connector. Example: 12345.
        updated_by_admin_id (None | str): The ID of the admin who last updated this data connector. Example: 12345.
        created_at (datetime.datetime | None): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
        updated_at (datetime.datetime | None): The time the data connector was last updated. Example:
            2026-01-20T14:22:15Z.
        execution_results_url (None | str): The URL path to fetch execution results for this connector. Example:
            /data_connectors/12345/execution_results.
    """

    type_: DataConnectorType | None = None
    id: None | str = None
    name: None | str = None
    description: None | str = None
    state: DataConnectorState | None = None
    http_method: DataConnectorHttpMethod | None = None
    direct_fin_usage: bool | None = None
    created_by_admin_id: None | str = None
    updated_by_admin_id: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    execution_results_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataConnectorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataConnectorState):
            state = self.state.value
        else:
            state = self.state

        http_method: None | str | Unset
        if isinstance(self.http_method, Unset):
            http_method = UNSET
        elif isinstance(self.http_method, DataConnectorHttpMethod):
            http_method = self.http_method.value
        else:
            http_method = self.http_method

        direct_fin_usage: bool | None | Unset
        if isinstance(self.direct_fin_usage, Unset):
            direct_fin_usage = UNSET
        else:
            direct_fin_usage = self.direct_fin_usage

        created_by_admin_id: None | str | Unset
        if isinstance(self.created_by_admin_id, Unset):
            created_by_admin_id = UNSET
        else:
            created_by_admin_id = self.created_by_admin_id

        updated_by_admin_id: None | str | Unset
        if isinstance(self.updated_by_admin_id, Unset):
            updated_by_admin_id = UNSET
        else:
            updated_by_admin_id = self.updated_by_admin_id

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

        execution_results_url: None | str | Unset
        if isinstance(self.execution_results_url, Unset):
            execution_results_url = UNSET
        else:
            execution_results_url = self.execution_results_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if name is not UNSET and (name is not None or "name" in self._received):
            field_dict["name"] = name
        if description is not UNSET and (description is not None or "description" in self._received):
            field_dict["description"] = description
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if http_method is not UNSET and (http_method is not None or "http_method" in self._received):
            field_dict["http_method"] = http_method
        if direct_fin_usage is not UNSET and (direct_fin_usage is not None or "direct_fin_usage" in self._received):
            field_dict["direct_fin_usage"] = direct_fin_usage
        if created_by_admin_id is not UNSET and (
            created_by_admin_id is not None or "created_by_admin_id" in self._received
        ):
            field_dict["created_by_admin_id"] = created_by_admin_id
        if updated_by_admin_id is not UNSET and (
            updated_by_admin_id is not None or "updated_by_admin_id" in self._received
        ):
            field_dict["updated_by_admin_id"] = updated_by_admin_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if execution_results_url is not UNSET and (
            execution_results_url is not None or "execution_results_url" in self._received
        ):
            field_dict["execution_results_url"] = execution_results_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataConnector:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataConnectorType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.name = src_dict.get("name")

        self.description = src_dict.get("description")

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = DataConnectorState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        http_method = src_dict.get("http_method")
        if isinstance(http_method, str):
            try:
                http_method_type_1 = DataConnectorHttpMethod(http_method)

                http_method = http_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.http_method = http_method

        self.direct_fin_usage = src_dict.get("direct_fin_usage")

        self.created_by_admin_id = src_dict.get("created_by_admin_id")

        self.updated_by_admin_id = src_dict.get("updated_by_admin_id")

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

        self.execution_results_url = src_dict.get("execution_results_url")

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
        "id",
        "name",
        "description",
        "state",
        "http_method",
        "direct_fin_usage",
        "created_by_admin_id",
        "updated_by_admin_id",
        "created_at",
        "updated_at",
        "execution_results_url",
    }
)
