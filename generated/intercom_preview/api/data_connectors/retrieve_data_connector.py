"""Retrieve a data connector

 You can retrieve the full detail of a single data connector by its ID.

The response includes configuration, data inputs, response fields, and object mappings.

Args:
    id (str):
    state_version (RetrieveDataConnectorStateVersion | Unset):  Default:
        RetrieveDataConnectorStateVersion.LIVE.
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    DataConnectorDetail | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.retrieve_data_connector_state_version import RetrieveDataConnectorStateVersion
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.data_connector_detail import DataConnectorDetail
    from ...models.error import Error


def _get_kwargs(
    id: str,
    *,
    state_version: RetrieveDataConnectorStateVersion | Unset = RetrieveDataConnectorStateVersion.LIVE,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    json_state_version: str | Unset = UNSET
    if not isinstance(state_version, Unset):
        json_state_version = state_version.value

    params["state_version"] = json_state_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_connectors/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataConnectorDetail | Error | None:
    if response.status_code == 200:
        from ...models.data_connector_detail import DataConnectorDetail

        response_200 = DataConnectorDetail.from_dict(response.json())

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
) -> Response[DataConnectorDetail | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    state_version: RetrieveDataConnectorStateVersion | Unset = RetrieveDataConnectorStateVersion.LIVE,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataConnectorDetail | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    state_version: RetrieveDataConnectorStateVersion | Unset = RetrieveDataConnectorStateVersion.LIVE,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataConnectorDetail | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        state_version=state_version,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    state_version: RetrieveDataConnectorStateVersion | Unset = RetrieveDataConnectorStateVersion.LIVE,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataConnectorDetail | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    state_version: RetrieveDataConnectorStateVersion | Unset = RetrieveDataConnectorStateVersion.LIVE,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataConnectorDetail | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            state_version=state_version,
            intercom_version=intercom_version,
        )
    ).parsed
