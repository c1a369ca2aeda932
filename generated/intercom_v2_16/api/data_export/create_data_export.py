"""Create content data export

 To create your export job, you need to send a `POST` request to the export endpoint
`https://api.intercom.io/export/content/data`.

This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts,
Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each
message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.

The only parameters you need to provide are the range of dates that you want exported.

>🚧 Limit of one active job
>
> You can only have one active job per workspace. You will receive a HTTP status code of 429 with
the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a
second concurrent job.

>❗️ Updated_at not included
>
> It should be noted that the timeframe only includes messages sent during the time period and not
messages that were only updated during this period. For example, if a message was updated yesterday
but sent two days ago, you would need to set the created_at_after date before the message was sent
to include that in your retrieval job.

>📘 Date ranges are inclusive
>
> Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those
specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateDataExportsRequest | Unset): Request for creating a data export

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    DataExport
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_data_exports_request import CreateDataExportsRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.data_export import DataExport


def _get_kwargs(
    *,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/content/data",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataExport | None:
    if response.status_code == 200:
        from ...models.data_export import DataExport

        response_200 = DataExport.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataExport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataExport]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataExport | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataExport]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataExport | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
