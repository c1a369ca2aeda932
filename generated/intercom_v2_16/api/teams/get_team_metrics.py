"""Retrieve team metrics

 Returns real-time activity metrics for admins in the specified team. For each admin, the response
includes counts of open, idle, and snoozed conversations.

This endpoint requires the `realtime_monitoring` feature to be enabled for your workspace.

Args:
    team_id (str):
    idle_threshold (int | Unset):  Default: 1800. Example: 1800.
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | TeamMetricList
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.team_metric_list import TeamMetricList


def _get_kwargs(
    team_id: str,
    *,
    idle_threshold: int | Unset = 1800,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["idle_threshold"] = idle_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}/metrics".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamMetricList | None:
    if response.status_code == 200:
        from ...models.team_metric_list import TeamMetricList

        response_200 = TeamMetricList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.error import Error

        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | TeamMetricList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    idle_threshold: int | Unset = 1800,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TeamMetricList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        team_id=team_id,
        idle_threshold=idle_threshold,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    idle_threshold: int | Unset = 1800,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TeamMetricList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        team_id=team_id,
        client=client,
        idle_threshold=idle_threshold,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    idle_threshold: int | Unset = 1800,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TeamMetricList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        team_id=team_id,
        idle_threshold=idle_threshold,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    idle_threshold: int | Unset = 1800,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TeamMetricList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            idle_threshold=idle_threshold,
            intercom_version=intercom_version,
        )
    ).parsed
