from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_data_connector_request_audiences_item import CreateDataConnectorRequestAudiencesItem
from ..models.create_data_connector_request_http_method import CreateDataConnectorRequestHttpMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_connector_request_data_inputs_item import CreateDataConnectorRequestDataInputsItem
    from ..models.create_data_connector_request_headers_item import CreateDataConnectorRequestHeadersItem
    from ..models.create_data_connector_request_mock_response import CreateDataConnectorRequestMockResponse


T = TypeVar("T", bound="CreateDataConnectorRequest")


@_attrs_define
class CreateDataConnectorRequest:
    """You can create a data connector by providing the required parameters.

    Attributes:
        name (str): The name of the data connector. Example: Get Order Status.
        description (str | Unset): A description of what this data connector does. Example: Looks up order status from
            an external service.
        http_method (CreateDataConnectorRequestHttpMethod | Unset): The HTTP method used when calling the external API.
            Example: get.
        url (str | Unset): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
            Example: https://api.example.com/orders/{{order_id}}/status.
        body (str | Unset): The request body template. Supports template variables.
        direct_fin_usage (bool | Unset): Whether the connector is used directly by Fin (true) or only in workflows
            (false). Defaults to false. Example: False.
        audiences (list[CreateDataConnectorRequestAudiencesItem] | Unset): The user types this connector is available
            for. Example: ['leads', 'visitors'].
        headers (list[CreateDataConnectorRequestHeadersItem] | Unset): HTTP headers to include in the request.
        data_inputs (list[CreateDataConnectorRequestDataInputsItem] | Unset): Input parameters accepted by the
            connector.
        customer_authentication (bool | Unset): Whether the connector requires customer authentication before executing.
            Defaults to false. Example: False.
        bypass_authentication (bool | Unset): Whether authentication is bypassed entirely (public endpoint). Defaults to
            false. Example: False.
        validate_missing_attributes (bool | Unset): Whether to validate that all required data inputs have values before
            executing. Example: False.
        mock_response (CreateDataConnectorRequestMockResponse | Unset): A sample JSON response from the external API.
            Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. Example:
            {'order': {'id': 12345, 'status': 'shipped'}}.
        token_ids (list[str] | Unset): IDs of authentication tokens to attach to this data connector. Example: ['1234',
            '5678'].
    """

    name: str
    description: str | Unset = UNSET
    http_method: CreateDataConnectorRequestHttpMethod | Unset = UNSET
    url: str | Unset = UNSET
    body: str | Unset = UNSET
    direct_fin_usage: bool | Unset = UNSET
    audiences: list[CreateDataConnectorRequestAudiencesItem] | Unset = UNSET
    headers: list[CreateDataConnectorRequestHeadersItem] | Unset = UNSET
    data_inputs: list[CreateDataConnectorRequestDataInputsItem] | Unset = UNSET
    customer_authentication: bool | Unset = UNSET
    bypass_authentication: bool | Unset = UNSET
    validate_missing_attributes: bool | Unset = UNSET
    mock_response: CreateDataConnectorRequestMockResponse | Unset = UNSET
    token_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        description = self.description

        http_method: str | Unset = UNSET
        if not isinstance(self.http_method, Unset):
            http_method = self.http_method.value

        url = self.url

        body = self.body

        direct_fin_usage = self.direct_fin_usage

        audiences: list[str] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = []
            for audiences_item_data in self.audiences:
                audiences_item = audiences_item_data.value
                audiences.append(audiences_item)

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        data_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_inputs, Unset):
            data_inputs = []
            for data_inputs_item_data in self.data_inputs:
                data_inputs_item = data_inputs_item_data.to_dict()
                data_inputs.append(data_inputs_item)

        customer_authentication = self.customer_authentication

        bypass_authentication = self.bypass_authentication

        validate_missing_attributes = self.validate_missing_attributes

        mock_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mock_response, Unset):
            mock_response = self.mock_response.to_dict()

        token_ids: list[str] | Unset = UNSET
        if not isinstance(self.token_ids, Unset):
            token_ids = self.token_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if url is not UNSET:
            field_dict["url"] = url
        if body is not UNSET:
            field_dict["body"] = body
        if direct_fin_usage is not UNSET:
            field_dict["direct_fin_usage"] = direct_fin_usage
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if headers is not UNSET:
            field_dict["headers"] = headers
        if data_inputs is not UNSET:
            field_dict["data_inputs"] = data_inputs
        if customer_authentication is not UNSET:
            field_dict["customer_authentication"] = customer_authentication
        if bypass_authentication is not UNSET:
            field_dict["bypass_authentication"] = bypass_authentication
        if validate_missing_attributes is not UNSET:
            field_dict["validate_missing_attributes"] = validate_missing_attributes
        if mock_response is not UNSET:
            field_dict["mock_response"] = mock_response
        if token_ids is not UNSET:
            field_dict["token_ids"] = token_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _http_method = d.pop("http_method", UNSET)
        http_method: CreateDataConnectorRequestHttpMethod | Unset
        if isinstance(_http_method, Unset):
            http_method = UNSET
        else:
            http_method = CreateDataConnectorRequestHttpMethod(_http_method)

        url = d.pop("url", UNSET)

        body = d.pop("body", UNSET)

        direct_fin_usage = d.pop("direct_fin_usage", UNSET)

        _audiences = d.pop("audiences", UNSET)
        audiences: list[CreateDataConnectorRequestAudiencesItem] | Unset = UNSET
        if _audiences is not UNSET:
            audiences = []
            for audiences_item_data in _audiences:
                audiences_item = CreateDataConnectorRequestAudiencesItem(audiences_item_data)

                audiences.append(audiences_item)

        _headers = d.pop("headers", UNSET)
        headers: list[CreateDataConnectorRequestHeadersItem] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = CreateDataConnectorRequestHeadersItem.from_dict(headers_item_data)

                headers.append(headers_item)

        _data_inputs = d.pop("data_inputs", UNSET)
        data_inputs: list[CreateDataConnectorRequestDataInputsItem] | Unset = UNSET
        if _data_inputs is not UNSET:
            data_inputs = []
            for data_inputs_item_data in _data_inputs:
                data_inputs_item = CreateDataConnectorRequestDataInputsItem.from_dict(data_inputs_item_data)

                data_inputs.append(data_inputs_item)

        customer_authentication = d.pop("customer_authentication", UNSET)

        bypass_authentication = d.pop("bypass_authentication", UNSET)

        validate_missing_attributes = d.pop("validate_missing_attributes", UNSET)

        _mock_response = d.pop("mock_response", UNSET)
        mock_response: CreateDataConnectorRequestMockResponse | Unset
        if isinstance(_mock_response, Unset):
            mock_response = UNSET
        else:
            mock_response = CreateDataConnectorRequestMockResponse.from_dict(_mock_response)

        token_ids = cast(list[str], d.pop("token_ids", UNSET))

        create_data_connector_request = cls(
            name=name,
            description=description,
            http_method=http_method,
            url=url,
            body=body,
            direct_fin_usage=direct_fin_usage,
            audiences=audiences,
            headers=headers,
            data_inputs=data_inputs,
            customer_authentication=customer_authentication,
            bypass_authentication=bypass_authentication,
            validate_missing_attributes=validate_missing_attributes,
            mock_response=mock_response,
            token_ids=token_ids,
        )

        create_data_connector_request.additional_properties = d
        return create_data_connector_request

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


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        CreateDataConnectorRequestDataInputsItem, \
        CreateDataConnectorRequestHeadersItem, \
        CreateDataConnectorRequestMockResponse
    from ..models.create_data_connector_request_data_inputs_item import CreateDataConnectorRequestDataInputsItem
    from ..models.create_data_connector_request_headers_item import CreateDataConnectorRequestHeadersItem
    from ..models.create_data_connector_request_mock_response import CreateDataConnectorRequestMockResponse

    _lazy_loaded = True
