"""Show content data export

 You can view the status of your job by sending a `GET` request to the URL
`https://api.intercom.io/export/content/data/{job_identifier}` - the `{job_identifier}` is the value
returned in the response when you first created the export job. More on it can be seen in the Export
Job Model.

> 🚧 Jobs expire after two days
> All jobs that have completed processing (and are thus available to download from the provided URL)
will have an expiry limit of two days from when the export ob completed. After this, the data will
no longer be available.

Args:
    job_identifier (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    DataExport
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.data_export import DataExport


def _get_kwargs(
    job_identifier: str,
    *,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/content/data/{job_identifier}".format(
            job_identifier=quote(str(job_identifier), safe=""),
        ),
    }

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
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataExport]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataExport | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        job_identifier=job_identifier,
        client=client,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataExport]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataExport | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            job_identifier=job_identifier,
            client=client,
            intercom_version=intercom_version,
        )
    ).parsed
