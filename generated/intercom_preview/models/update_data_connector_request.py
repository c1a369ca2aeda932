from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_data_connector_request_audiences_item import UpdateDataConnectorRequestAudiencesItem
from ..models.update_data_connector_request_http_method import UpdateDataConnectorRequestHttpMethod
from ..models.update_data_connector_request_state import UpdateDataConnectorRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_data_connector_request_data_inputs_item import UpdateDataConnectorRequestDataInputsItem
    from ..models.update_data_connector_request_headers_item import UpdateDataConnectorRequestHeadersItem
    from ..models.update_data_connector_request_mock_response import UpdateDataConnectorRequestMockResponse


T = TypeVar("T", bound="UpdateDataConnectorRequest")


@_attrs_define
class UpdateDataConnectorRequest:
    """Update an existing data connector. All fields are optional — only provided fields will be updated. Set `state` to
    `live` or `draft` to change the connector's state.

        Attributes:
            name (str | Unset): The name of the data connector. Example: Updated Connector Name.
            description (str | Unset): A description of what this data connector does. Example: Updated description.
            state (UpdateDataConnectorRequestState | Unset): The desired state of the connector.
            http_method (UpdateDataConnectorRequestHttpMethod | Unset): The HTTP method used by the data connector. Example:
                post.
            url (str | Unset): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
                Example: https://api.example.com/orders/{{order_id}}/status.
            body (str | Unset): The request body template. Supports template variables.
            direct_fin_usage (bool | Unset): Whether this connector is used directly by Fin. Example: False.
            audiences (list[UpdateDataConnectorRequestAudiencesItem] | Unset): The audience types this connector targets.
                Example: ['leads', 'users'].
            headers (list[UpdateDataConnectorRequestHeadersItem] | Unset): HTTP headers to include in the request.
            data_inputs (list[UpdateDataConnectorRequestDataInputsItem] | Unset): The input parameters accepted by this data
                connector. Replaces all existing inputs.
            customer_authentication (bool | Unset): Whether OTP authentication is enabled for this connector. Example:
                False.
            bypass_authentication (bool | Unset): Whether authentication is bypassed for this connector. Example: False.
            validate_missing_attributes (bool | Unset): Whether to validate missing attributes before execution. Example:
                True.
            mock_response (UpdateDataConnectorRequestMockResponse | Unset): A sample JSON response from the external API.
                Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. Example:
                {'order': {'id': 12345, 'status': 'shipped'}}.
            token_ids (list[str] | Unset): IDs of authentication tokens to attach to this data connector. An empty array
                removes all tokens. Example: ['1234', '5678'].
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: UpdateDataConnectorRequestState | Unset = UNSET
    http_method: UpdateDataConnectorRequestHttpMethod | Unset = UNSET
    url: str | Unset = UNSET
    body: str | Unset = UNSET
    direct_fin_usage: bool | Unset = UNSET
    audiences: list[UpdateDataConnectorRequestAudiencesItem] | Unset = UNSET
    headers: list[UpdateDataConnectorRequestHeadersItem] | Unset = UNSET
    data_inputs: list[UpdateDataConnectorRequestDataInputsItem] | Unset = UNSET
    customer_authentication: bool | Unset = UNSET
    bypass_authentication: bool | Unset = UNSET
    validate_missing_attributes: bool | Unset = UNSET
    mock_response: UpdateDataConnectorRequestMockResponse | Unset = UNSET
    token_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        description = self.description

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
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
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _state = d.pop("state", UNSET)
        state: UpdateDataConnectorRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = UpdateDataConnectorRequestState(_state)

        _http_method = d.pop("http_method", UNSET)
        http_method: UpdateDataConnectorRequestHttpMethod | Unset
        if isinstance(_http_method, Unset):
            http_method = UNSET
        else:
            http_method = UpdateDataConnectorRequestHttpMethod(_http_method)

        url = d.pop("url", UNSET)

        body = d.pop("body", UNSET)

        direct_fin_usage = d.pop("direct_fin_usage", UNSET)

        _audiences = d.pop("audiences", UNSET)
        audiences: list[UpdateDataConnectorRequestAudiencesItem] | Unset = UNSET
        if _audiences is not UNSET:
            audiences = []
            for audiences_item_data in _audiences:
                audiences_item = UpdateDataConnectorRequestAudiencesItem(audiences_item_data)

                audiences.append(audiences_item)

        _headers = d.pop("headers", UNSET)
        headers: list[UpdateDataConnectorRequestHeadersItem] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = UpdateDataConnectorRequestHeadersItem.from_dict(headers_item_data)

                headers.append(headers_item)

        _data_inputs = d.pop("data_inputs", UNSET)
        data_inputs: list[UpdateDataConnectorRequestDataInputsItem] | Unset = UNSET
        if _data_inputs is not UNSET:
            data_inputs = []
            for data_inputs_item_data in _data_inputs:
                data_inputs_item = UpdateDataConnectorRequestDataInputsItem.from_dict(data_inputs_item_data)

                data_inputs.append(data_inputs_item)

        customer_authentication = d.pop("customer_authentication", UNSET)

        bypass_authentication = d.pop("bypass_authentication", UNSET)

        validate_missing_attributes = d.pop("validate_missing_attributes", UNSET)

        _mock_response = d.pop("mock_response", UNSET)
        mock_response: UpdateDataConnectorRequestMockResponse | Unset
        if isinstance(_mock_response, Unset):
            mock_response = UNSET
        else:
            mock_response = UpdateDataConnectorRequestMockResponse.from_dict(_mock_response)

        token_ids = cast(list[str], d.pop("token_ids", UNSET))

        update_data_connector_request = cls(
            name=name,
            description=description,
            state=state,
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

        update_data_connector_request.additional_properties = d
        return update_data_connector_request

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
        UpdateDataConnectorRequestDataInputsItem, \
        UpdateDataConnectorRequestHeadersItem, \
        UpdateDataConnectorRequestMockResponse
    from ..models.update_data_connector_request_data_inputs_item import UpdateDataConnectorRequestDataInputsItem
    from ..models.update_data_connector_request_headers_item import UpdateDataConnectorRequestHeadersItem
    from ..models.update_data_connector_request_mock_response import UpdateDataConnectorRequestMockResponse

    _lazy_loaded = True
