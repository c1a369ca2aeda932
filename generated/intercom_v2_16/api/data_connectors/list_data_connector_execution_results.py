"""List execution results for a data connector

 Retrieve paginated execution logs for a specific data connector.
Results from the last hour are returned by default. Use `start_ts` and `end_ts` to customize the
time range.

Request/response bodies are excluded by default. Use `include_bodies=true` to include them.

Args:
    data_connector_id (str):  Example: 12345.
    per_page (int | Unset):  Default: 10.
    starting_after (str | Unset):
    success (ListDataConnectorExecutionResultsSuccess | Unset):
    error_type (ListDataConnectorExecutionResultsErrorType | Unset):
    start_ts (int | Unset):
    end_ts (int | Unset):
    include_bodies (ListDataConnectorExecutionResultsIncludeBodies | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    DataConnectorExecutionResultList | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.list_data_connector_execution_results_error_type import ListDataConnectorExecutionResultsErrorType
from ...models.list_data_connector_execution_results_include_bodies import (
    ListDataConnectorExecutionResultsIncludeBodies,
)
from ...models.list_data_connector_execution_results_success import ListDataConnectorExecutionResultsSuccess
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList
    from ...models.error import Error


def _get_kwargs(
    data_connector_id: str,
    *,
    per_page: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["starting_after"] = starting_after

    json_success: str | Unset = UNSET
    if not isinstance(success, Unset):
        json_success = success.value

    params["success"] = json_success

    json_error_type: str | Unset = UNSET
    if not isinstance(error_type, Unset):
        json_error_type = error_type.value

    params["error_type"] = json_error_type

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_include_bodies: str | Unset = UNSET
    if not isinstance(include_bodies, Unset):
        json_include_bodies = include_bodies.value

    params["include_bodies"] = json_include_bodies

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_connectors/{data_connector_id}/execution_results".format(
            data_connector_id=quote(str(data_connector_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataConnectorExecutionResultList | Error | None:
    if response.status_code == 200:
        from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList

        response_200 = DataConnectorExecutionResultList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.error import Error

        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        from ...models.error import Error

        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataConnectorExecutionResultList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    data_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataConnectorExecutionResultList | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataConnectorExecutionResultList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        data_connector_id=data_connector_id,
        client=client,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    data_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataConnectorExecutionResultList | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataConnectorExecutionResultList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            data_connector_id=data_connector_id,
            client=client,
            per_page=per_page,
            starting_after=starting_after,
            success=success,
            error_type=error_type,
            start_ts=start_ts,
            end_ts=end_ts,
            include_bodies=include_bodies,
            intercom_version=intercom_version,
        )
    ).parsed
