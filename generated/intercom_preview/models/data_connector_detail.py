from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_audiences_type_0_item import DataConnectorDetailAudiencesType0Item
from ..models.data_connector_detail_configuration_response_type import DataConnectorDetailConfigurationResponseType
from ..models.data_connector_detail_data_transformation_type import DataConnectorDetailDataTransformationType
from ..models.data_connector_detail_execution_type import DataConnectorDetailExecutionType
from ..models.data_connector_detail_http_method import DataConnectorDetailHttpMethod
from ..models.data_connector_detail_state import DataConnectorDetailState
from ..models.data_connector_detail_type import DataConnectorDetailType
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

if TYPE_CHECKING:
    from ..models.data_connector_detail_data_inputs_type_0_item import DataConnectorDetailDataInputsType0Item
    from ..models.data_connector_detail_headers_type_0_item import DataConnectorDetailHeadersType0Item
    from ..models.data_connector_detail_object_mappings_type_0_item import DataConnectorDetailObjectMappingsType0Item
    from ..models.data_connector_detail_response_fields_type_0_item import DataConnectorDetailResponseFieldsType0Item


T = TypeVar("T", bound="DataConnectorDetail")


@_attrs_define
class DataConnectorDetail:
    """Full detail view of a data connector, returned by `GET /data_connectors/{id}`.
    Includes configuration, data inputs, response fields, and object mappings.

        Attributes:
            type_ (DataConnectorDetailType | None): The type of object - `data_connector`. Example: data_connector.
            id (None | str): The unique identifier for the data connector. Example: 12345.
            name (None | str): The name of the data connector. Example: Order Status Service.
            description (None | str): A description of what this data connector does. Example: Fetches order status from
                external fulfillment API.
            state (DataConnectorDetailState | None): The current state of the data connector. Example: live.
            url (None | str): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
                Example: https://api.example.com/orders/{{order_id}}/status.
            body (None | str): The request body template. Supports template variables. Example: {"text": "{{message}}"}.
            headers (list[DataConnectorDetailHeadersType0Item] | None): HTTP headers for the request. Header values are
                always redacted as `"****"` in responses. Example: [{'name': 'Authorization', 'value': '****'}].
            http_method (DataConnectorDetailHttpMethod | None): The HTTP method used by the data connector. Example: post.
            direct_fin_usage (bool | None): Whether this connector is used directly by Fin. Example: False.
            audiences (list[DataConnectorDetailAudiencesType0Item] | None): The audience types this connector targets.
                Example: ['users', 'leads'].
            execution_type (DataConnectorDetailExecutionType | None): How the connector executes. Example: server_side.
            configuration_response_type (DataConnectorDetailConfigurationResponseType | None): The expected response format
                from the connector. Example: test_response_type.
            data_transformation_type (DataConnectorDetailDataTransformationType | None): The type of data transformation
                applied to the response.
            client_function_name (None | str): The name of the client-side function, if applicable.
            client_function_timeout_ms (int | None): Timeout in milliseconds for the client function, if applicable.
            data_inputs (list[DataConnectorDetailDataInputsType0Item] | None): The input parameters accepted by this data
                connector.
            response_fields (list[DataConnectorDetailResponseFieldsType0Item] | None): The fields returned in the connector
                response.
            object_mappings (list[DataConnectorDetailObjectMappingsType0Item] | None): Mappings from connector response
                objects to Intercom objects.
            token_ids (list[str] | None): IDs of authentication tokens associated with this connector. Example: [].
            customer_authentication (bool | None): Whether OTP authentication is enabled for this connector. Example: False.
            bypass_authentication (bool | None): Whether authentication is bypassed for this connector. Example: False.
            validate_missing_attributes (bool | None): Whether to validate missing attributes before execution.
            created_by_admin_id (None | str): The ID of the admin who created this connector. Example: 456.
            updated_by_admin_id (None | str): The ID of the admin who last updated this connector. Example: 456.
            created_at (datetime.datetime | None): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
            updated_at (datetime.datetime | None): The time the data connector was last updated. Example:
                2026-01-20T14:22:15Z.
            execution_results_url (None | str): The URL path to fetch execution results for this connector. Example:
                /data_connectors/12345/execution_results.
    """

    type_: DataConnectorDetailType | None = None
    id: None | str = None
    name: None | str = None
    description: None | str = None
    state: DataConnectorDetailState | None = None
    url: None | str = None
    body: None | str = None
    headers: list[DataConnectorDetailHeadersType0Item] | None = None
    http_method: DataConnectorDetailHttpMethod | None = None
    direct_fin_usage: bool | None = None
    audiences: list[DataConnectorDetailAudiencesType0Item] | None = None
    execution_type: DataConnectorDetailExecutionType | None = None
    configuration_response_type: DataConnectorDetailConfigurationResponseType | None = None
    data_transformation_type: DataConnectorDetailDataTransformationType | None = None
    client_function_name: None | str = None
    client_function_timeout_ms: int | None = None
    data_inputs: list[DataConnectorDetailDataInputsType0Item] | None = None
    response_fields: list[DataConnectorDetailResponseFieldsType0Item] | None = None
    object_mappings: list[DataConnectorDetailObjectMappingsType0Item] | None = None
    token_ids: list[str] | None = None
    customer_authentication: bool | None = None
    bypass_authentication: bool | None = None
    validate_missing_attributes: bool | None = None
    created_by_admin_id: None | str = None
    updated_by_admin_id: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    execution_results_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataConnectorDetailType):
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
        elif isinstance(self.state, DataConnectorDetailState):
            state = self.state.value
        else:
            state = self.state

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        http_method: None | str | Unset
        if isinstance(self.http_method, Unset):
            http_method = UNSET
        elif isinstance(self.http_method, DataConnectorDetailHttpMethod):
            http_method = self.http_method.value
        else:
            http_method = self.http_method

        direct_fin_usage: bool | None | Unset
        if isinstance(self.direct_fin_usage, Unset):
            direct_fin_usage = UNSET
        else:
            direct_fin_usage = self.direct_fin_usage

        audiences: list[str] | None | Unset
        if isinstance(self.audiences, Unset):
            audiences = UNSET
        elif isinstance(self.audiences, list):
            audiences = []
            for audiences_type_0_item_data in self.audiences:
                audiences_type_0_item = audiences_type_0_item_data.value
                audiences.append(audiences_type_0_item)

        else:
            audiences = self.audiences

        execution_type: None | str | Unset
        if isinstance(self.execution_type, Unset):
            execution_type = UNSET
        elif isinstance(self.execution_type, DataConnectorDetailExecutionType):
            execution_type = self.execution_type.value
        else:
            execution_type = self.execution_type

        configuration_response_type: None | str | Unset
        if isinstance(self.configuration_response_type, Unset):
            configuration_response_type = UNSET
        elif isinstance(self.configuration_response_type, DataConnectorDetailConfigurationResponseType):
            configuration_response_type = self.configuration_response_type.value
        else:
            configuration_response_type = self.configuration_response_type

        data_transformation_type: None | str | Unset
        if isinstance(self.data_transformation_type, Unset):
            data_transformation_type = UNSET
        elif isinstance(self.data_transformation_type, DataConnectorDetailDataTransformationType):
            data_transformation_type = self.data_transformation_type.value
        else:
            data_transformation_type = self.data_transformation_type

        client_function_name: None | str | Unset
        if isinstance(self.client_function_name, Unset):
            client_function_name = UNSET
        else:
            client_function_name = self.client_function_name

        client_function_timeout_ms: int | None | Unset
        if isinstance(self.client_function_timeout_ms, Unset):
            client_function_timeout_ms = UNSET
        else:
            client_function_timeout_ms = self.client_function_timeout_ms

        data_inputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_inputs, Unset):
            data_inputs = UNSET
        elif isinstance(self.data_inputs, list):
            data_inputs = []
            for data_inputs_type_0_item_data in self.data_inputs:
                data_inputs_type_0_item = data_inputs_type_0_item_data.to_dict()
                data_inputs.append(data_inputs_type_0_item)

        else:
            data_inputs = self.data_inputs

        response_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.response_fields, Unset):
            response_fields = UNSET
        elif isinstance(self.response_fields, list):
            response_fields = []
            for response_fields_type_0_item_data in self.response_fields:
                response_fields_type_0_item = response_fields_type_0_item_data.to_dict()
                response_fields.append(response_fields_type_0_item)

        else:
            response_fields = self.response_fields

        object_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.object_mappings, Unset):
            object_mappings = UNSET
        elif isinstance(self.object_mappings, list):
            object_mappings = []
            for object_mappings_type_0_item_data in self.object_mappings:
                object_mappings_type_0_item = object_mappings_type_0_item_data.to_dict()
                object_mappings.append(object_mappings_type_0_item)

        else:
            object_mappings = self.object_mappings

        token_ids: list[str] | None | Unset
        if isinstance(self.token_ids, Unset):
            token_ids = UNSET
        elif isinstance(self.token_ids, list):
            token_ids = self.token_ids

        else:
            token_ids = self.token_ids

        customer_authentication: bool | None | Unset
        if isinstance(self.customer_authentication, Unset):
            customer_authentication = UNSET
        else:
            customer_authentication = self.customer_authentication

        bypass_authentication: bool | None | Unset
        if isinstance(self.bypass_authentication, Unset):
            bypass_authentication = UNSET
        else:
            bypass_authentication = self.bypass_authentication

        validate_missing_attributes: bool | None | Unset
        if isinstance(self.validate_missing_attributes, Unset):
            validate_missing_attributes = UNSET
        else:
            validate_missing_attributes = self.validate_missing_attributes

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
        if url is not UNSET and (url is not None or "url" in self._received):
            field_dict["url"] = url
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if headers is not UNSET and (headers is not None or "headers" in self._received):
            field_dict["headers"] = headers
        if http_method is not UNSET and (http_method is not None or "http_method" in self._received):
            field_dict["http_method"] = http_method
        if direct_fin_usage is not UNSET and (direct_fin_usage is not None or "direct_fin_usage" in self._received):
            field_dict["direct_fin_usage"] = direct_fin_usage
        if audiences is not UNSET and (audiences is not None or "audiences" in self._received):
            field_dict["audiences"] = audiences
        if execution_type is not UNSET and (execution_type is not None or "execution_type" in self._received):
            field_dict["execution_type"] = execution_type
        if configuration_response_type is not UNSET and (
            configuration_response_type is not None or "configuration_response_type" in self._received
        ):
            field_dict["configuration_response_type"] = configuration_response_type
        if data_transformation_type is not UNSET and (
            data_transformation_type is not None or "data_transformation_type" in self._received
        ):
            field_dict["data_transformation_type"] = data_transformation_type
        if client_function_name is not UNSET and (
            client_function_name is not None or "client_function_name" in self._received
        ):
            field_dict["client_function_name"] = client_function_name
        if client_function_timeout_ms is not UNSET and (
            client_function_timeout_ms is not None or "client_function_timeout_ms" in self._received
        ):
            field_dict["client_function_timeout_ms"] = client_function_timeout_ms
        if data_inputs is not UNSET and (data_inputs is not None or "data_inputs" in self._received):
            field_dict["data_inputs"] = data_inputs
        if response_fields is not UNSET and (response_fields is not None or "response_fields" in self._received):
            field_dict["response_fields"] = response_fields
        if object_mappings is not UNSET and (object_mappings is not None or "object_mappings" in self._received):
            field_dict["object_mappings"] = object_mappings
        if token_ids is not UNSET and (token_ids is not None or "token_ids" in self._received):
            field_dict["token_ids"] = token_ids
        if customer_authentication is not UNSET and (
            customer_authentication is not None or "customer_authentication" in self._received
        ):
            field_dict["customer_authentication"] = customer_authentication
        if bypass_authentication is not UNSET and (
            bypass_authentication is not None or "bypass_authentication" in self._received
        ):
            field_dict["bypass_authentication"] = bypass_authentication
        if validate_missing_attributes is not UNSET and (
            validate_missing_attributes is not None or "validate_missing_attributes" in self._received
        ):
            field_dict["validate_missing_attributes"] = validate_missing_attributes
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
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not DataConnectorDetail:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataConnectorDetailType(type_)

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
                state_type_1 = DataConnectorDetailState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        self.url = src_dict.get("url")

        self.body = src_dict.get("body")

        headers = src_dict.get("headers")
        if isinstance(headers, list):
            try:
                headers_type_0 = []
                _headers_type_0 = headers
                for headers_type_0_item_data in _headers_type_0:
                    headers_type_0_item = DataConnectorDetailHeadersType0Item.from_dict(headers_type_0_item_data)

                    headers_type_0.append(headers_type_0_item)

                headers = headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.headers = headers

        http_method = src_dict.get("http_method")
        if isinstance(http_method, str):
            try:
                http_method_type_1 = DataConnectorDetailHttpMethod(http_method)

                http_method = http_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.http_method = http_method

        self.direct_fin_usage = src_dict.get("direct_fin_usage")

        audiences = src_dict.get("audiences")
        if isinstance(audiences, list):
            try:
                audiences_type_0 = []
                _audiences_type_0 = audiences
                for audiences_type_0_item_data in _audiences_type_0:
                    audiences_type_0_item = DataConnectorDetailAudiencesType0Item(audiences_type_0_item_data)

                    audiences_type_0.append(audiences_type_0_item)

                audiences = audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.audiences = audiences

        execution_type = src_dict.get("execution_type")
        if isinstance(execution_type, str):
            try:
                execution_type_type_1 = DataConnectorDetailExecutionType(execution_type)

                execution_type = execution_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.execution_type = execution_type

        configuration_response_type = src_dict.get("configuration_response_type")
        if isinstance(configuration_response_type, str):
            try:
                configuration_response_type_type_1 = DataConnectorDetailConfigurationResponseType(
                    configuration_response_type
                )

                configuration_response_type = configuration_response_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.configuration_response_type = configuration_response_type

        data_transformation_type = src_dict.get("data_transformation_type")
        if isinstance(data_transformation_type, str):
            try:
                data_transformation_type_type_1 = DataConnectorDetailDataTransformationType(data_transformation_type)

                data_transformation_type = data_transformation_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data_transformation_type = data_transformation_type

        self.client_function_name = src_dict.get("client_function_name")

        self.client_function_timeout_ms = src_dict.get("client_function_timeout_ms")

        data_inputs = src_dict.get("data_inputs")
        if isinstance(data_inputs, list):
            try:
                data_inputs_type_0 = []
                _data_inputs_type_0 = data_inputs
                for data_inputs_type_0_item_data in _data_inputs_type_0:
                    data_inputs_type_0_item = DataConnectorDetailDataInputsType0Item.from_dict(
                        data_inputs_type_0_item_data
                    )

                    data_inputs_type_0.append(data_inputs_type_0_item)

                data_inputs = data_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.data_inputs = data_inputs

        response_fields = src_dict.get("response_fields")
        if isinstance(response_fields, list):
            try:
                response_fields_type_0 = []
                _response_fields_type_0 = response_fields
                for response_fields_type_0_item_data in _response_fields_type_0:
                    response_fields_type_0_item = DataConnectorDetailResponseFieldsType0Item.from_dict(
                        response_fields_type_0_item_data
                    )

                    response_fields_type_0.append(response_fields_type_0_item)

                response_fields = response_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.response_fields = response_fields

        object_mappings = src_dict.get("object_mappings")
        if isinstance(object_mappings, list):
            try:
                object_mappings_type_0 = []
                _object_mappings_type_0 = object_mappings
                for object_mappings_type_0_item_data in _object_mappings_type_0:
                    object_mappings_type_0_item = DataConnectorDetailObjectMappingsType0Item.from_dict(
                        object_mappings_type_0_item_data
                    )

                    object_mappings_type_0.append(object_mappings_type_0_item)

                object_mappings = object_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.object_mappings = object_mappings

        self.token_ids = src_dict.get("token_ids")

        self.customer_authentication = src_dict.get("customer_authentication")

        self.bypass_authentication = src_dict.get("bypass_authentication")

        self.validate_missing_attributes = src_dict.get("validate_missing_attributes")

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
        "url",
        "body",
        "headers",
        "http_method",
        "direct_fin_usage",
        "audiences",
        "execution_type",
        "configuration_response_type",
        "data_transformation_type",
        "client_function_name",
        "client_function_timeout_ms",
        "data_inputs",
        "response_fields",
        "object_mappings",
        "token_ids",
        "customer_authentication",
        "bypass_authentication",
        "validate_missing_attributes",
        "created_by_admin_id",
        "updated_by_admin_id",
        "created_at",
        "updated_at",
        "execution_results_url",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        DataConnectorDetailDataInputsType0Item, \
        DataConnectorDetailHeadersType0Item, \
        DataConnectorDetailObjectMappingsType0Item, \
        DataConnectorDetailResponseFieldsType0Item
    from ..models.data_connector_detail_data_inputs_type_0_item import DataConnectorDetailDataInputsType0Item
    from ..models.data_connector_detail_headers_type_0_item import DataConnectorDetailHeadersType0Item
    from ..models.data_connector_detail_object_mappings_type_0_item import DataConnectorDetailObjectMappingsType0Item
    from ..models.data_connector_detail_response_fields_type_0_item import DataConnectorDetailResponseFieldsType0Item

    _lazy_loaded = True
