"""Download content data export

 When a job has a status of complete, and thus a filled download_url, you can download your data by
hitting that provided URL, formatted like so: https://api.intercom.io/download/content/data/xyz1234.

Your exported message data will be streamed continuously back down to you in a gzipped CSV format.

> 📘 Octet header required
>
> You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.

Args:
    job_identifier (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    accept (DownloadDataExportAccept | Unset):  Default:
        DownloadDataExportAccept.APPLICATIONOCTET_STREAM.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    File
"""

from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.download_data_export_accept import DownloadDataExportAccept
from ...types import File, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    job_identifier: str,
    *,
    intercom_version: str | Unset = INTERCOM_VERSION,
    accept: DownloadDataExportAccept | Unset = DownloadDataExportAccept.APPLICATIONOCTET_STREAM,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/download/content/data/{job_identifier}".format(
            job_identifier=quote(str(job_identifier), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
    accept: DownloadDataExportAccept | Unset = DownloadDataExportAccept.APPLICATIONOCTET_STREAM,
) -> Response[File]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
        accept=accept,
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
    accept: DownloadDataExportAccept | Unset = DownloadDataExportAccept.APPLICATIONOCTET_STREAM,
) -> File | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        job_identifier=job_identifier,
        client=client,
        intercom_version=intercom_version,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
    accept: DownloadDataExportAccept | Unset = DownloadDataExportAccept.APPLICATIONOCTET_STREAM,
) -> Response[File]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
    accept: DownloadDataExportAccept | Unset = DownloadDataExportAccept.APPLICATIONOCTET_STREAM,
) -> File | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            job_identifier=job_identifier,
            client=client,
            intercom_version=intercom_version,
            accept=accept,
        )
    ).parsed
