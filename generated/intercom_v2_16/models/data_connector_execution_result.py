from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_execution_result_error_type import DataConnectorExecutionResultErrorType
from ..models.data_connector_execution_result_http_method import DataConnectorExecutionResultHttpMethod
from ..models.data_connector_execution_result_source_type import DataConnectorExecutionResultSourceType
from ..models.data_connector_execution_result_type import DataConnectorExecutionResultType
from ..types import NO_KEYS, UNSET, Unset, WireDateTime, new_instance

T = TypeVar("T", bound="DataConnectorExecutionResult")


@_attrs_define
class DataConnectorExecutionResult:
    """An execution result from a data connector HTTP request.

    Attributes:
        type_ (DataConnectorExecutionResultType | None): The type of object - `data_connector.execution`. Example:
            data_connector.execution.
        id (None | str): The unique identifier for the execution result. Example: 99001.
        data_connector_id (None | str): The unique identifier of the data connector that produced this result. Example:
            12345.
        success (bool | None): Whether the execution was successful. Example: True.
        http_status (int | None): The HTTP status code returned by the external API. Example: 200.
        http_method (DataConnectorExecutionResultHttpMethod | None): The HTTP method used for the request. Example:
            post.
        error_type (DataConnectorExecutionResultErrorType | None): The type of error that occurred, if any. Example:
            3rd_party_error.
        error_message (None | str): A human-readable error message. Query parameters, userinfo, and fragments in URLs
            are redacted. Example: Connection refused.
        execution_time_ms (int | None): The execution time in milliseconds. Example: 245.
        source_type (DataConnectorExecutionResultSourceType | None): The type of source that triggered this execution.
            Example: workflow.
        source_id (None | str): The identifier of the source that triggered this execution. Example: 5001.
        conversation_id (None | str): The conversation associated with this execution, if any. Example: 8001.
        created_at (datetime.datetime | None): The time the execution occurred. Example: 2026-02-10T18:15:32Z.
        request_url (None | str): The request URL. Query parameters, userinfo, and fragments are redacted. Example:
            https://api.example.com/webhook.
        request_body (None | str): The request body sent to the external API. Example: {"message": "hello"}.
        response_body (None | str): The response body from the external API. Example: {"status": "ok"}.
        raw_response_body (None | str): The raw (unmapped) response body. Example: {"status": "ok"}.
    """

    type_: DataConnectorExecutionResultType | None = None
    id: None | str = None
    data_connector_id: None | str = None
    success: bool | None = None
    http_status: int | None = None
    http_method: DataConnectorExecutionResultHttpMethod | None = None
    error_type: DataConnectorExecutionResultErrorType | None = None
    error_message: None | str = None
    execution_time_ms: int | None = None
    source_type: DataConnectorExecutionResultSourceType | None = None
    source_id: None | str = None
    conversation_id: None | str = None
    created_at: datetime.datetime | None = None
    request_url: None | str = None
    request_body: None | str = None
    response_body: None | str = None
    raw_response_body: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataConnectorExecutionResultType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        data_connector_id: None | str | Unset
        if isinstance(self.data_connector_id, Unset):
            data_connector_id = UNSET
        else:
            data_connector_id = self.data_connector_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        http_status: int | None | Unset
        if isinstance(self.http_status, Unset):
            http_status = UNSET
        else:
            http_status = self.http_status

        http_method: None | str | Unset
        if isinstance(self.http_method, Unset):
            http_method = UNSET
        elif isinstance(self.http_method, DataConnectorExecutionResultHttpMethod):
            http_method = self.http_method.value
        else:
            http_method = self.http_method

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, DataConnectorExecutionResultErrorType):
            error_type = self.error_type.value
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        execution_time_ms: int | None | Unset
        if isinstance(self.execution_time_ms, Unset):
            execution_time_ms = UNSET
        else:
            execution_time_ms = self.execution_time_ms

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, DataConnectorExecutionResultSourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        request_url: None | str | Unset
        if isinstance(self.request_url, Unset):
            request_url = UNSET
        else:
            request_url = self.request_url

        request_body: None | str | Unset
        if isinstance(self.request_body, Unset):
            request_body = UNSET
        else:
            request_body = self.request_body

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        raw_response_body: None | str | Unset
        if isinstance(self.raw_response_body, Unset):
            raw_response_body = UNSET
        else:
            raw_response_body = self.raw_response_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if data_connector_id is not UNSET and (data_connector_id is not None or "data_connector_id" in self._received):
            field_dict["data_connector_id"] = data_connector_id
        if success is not UNSET and (success is not None or "success" in self._received):
            field_dict["success"] = success
        if http_status is not UNSET and (http_status is not None or "http_status" in self._received):
            field_dict["http_status"] = http_status
        if http_method is not UNSET and (http_method is not None or "http_method" in self._received):
            field_dict["http_method"] = http_method
        if error_type is not UNSET and (error_type is not None or "error_type" in self._received):
            field_dict["error_type"] = error_type
        if error_message is not UNSET and (error_message is not None or "error_message" in self._received):
            field_dict["error_message"] = error_message
        if execution_time_ms is not UNSET and (execution_time_ms is not None or "execution_time_ms" in self._received):
            field_dict["execution_time_ms"] = execution_time_ms
        if source_type is not UNSET and (source_type is not None or "source_type" in self._received):
            field_dict["source_type"] = source_type
        if source_id is not UNSET and (source_id is not None or "source_id" in self._received):
            field_dict["source_id"] = source_id
        if conversation_id is not UNSET and (conversation_id is not None or "conversation_id" in self._received):
            field_dict["conversation_id"] = conversation_id
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if request_url is not UNSET and (request_url is not None or "request_url" in self._received):
            field_dict["request_url"] = request_url
        if request_body is not UNSET and (request_body is not None or "request_body" in self._received):
            field_dict["request_body"] = request_body
        if response_body is not UNSET and (response_body is not None or "response_body" in self._received):
            field_dict["response_body"] = response_body
        if raw_response_body is not UNSET and (raw_response_body is not None or "raw_response_body" in self._received):
            field_dict["raw_response_body"] = raw_response_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self = new_instance(cls)
        if cls is not DataConnectorExecutionResult:
            cls.__init__(self)
        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_1 = DataConnectorExecutionResultType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.type_ = type_

        self.id = src_dict.get("id")

        self.data_connector_id = src_dict.get("data_connector_id")

        self.success = src_dict.get("success")

        self.http_status = src_dict.get("http_status")

        http_method = src_dict.get("http_method")
        if isinstance(http_method, str):
            try:
                http_method_type_1 = DataConnectorExecutionResultHttpMethod(http_method)

                http_method = http_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.http_method = http_method

        error_type = src_dict.get("error_type")
        if isinstance(error_type, str):
            try:
                error_type_type_1 = DataConnectorExecutionResultErrorType(error_type)

                error_type = error_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.error_type = error_type

        self.error_message = src_dict.get("error_message")

        self.execution_time_ms = src_dict.get("execution_time_ms")

        source_type = src_dict.get("source_type")
        if isinstance(source_type, str):
            try:
                source_type_type_1 = DataConnectorExecutionResultSourceType(source_type)

                source_type = source_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.source_type = source_type

        self.source_id = src_dict.get("source_id")

        self.conversation_id = src_dict.get("conversation_id")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = WireDateTime.parse(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.created_at = created_at

        self.request_url = src_dict.get("request_url")

        self.request_body = src_dict.get("request_body")

        self.response_body = src_dict.get("response_body")

        self.raw_response_body = src_dict.get("raw_response_body")

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
        "data_connector_id",
        "success",
        "http_status",
        "http_method",
        "error_type",
        "error_message",
        "execution_time_ms",
        "source_type",
        "source_id",
        "conversation_id",
        "created_at",
        "request_url",
        "request_body",
        "response_body",
        "raw_response_body",
    }
)
