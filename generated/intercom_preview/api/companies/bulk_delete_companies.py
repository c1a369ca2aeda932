"""Bulk delete companies

 You can bulk delete companies by submitting an array of companies, each identified by its Intercom
company `id`. Deleting a company detaches all of its associated contacts but keeps the company
record itself — the same archival behaviour as the single [Delete a
company](/docs/references/preview/rest-api/api.intercom.io/companies/deletecompany) endpoint.

The endpoint creates an async job that processes the deletes in the background. Use the returned job
ID with `GET /companies/bulk/{id}` to check the job status.

{% admonition type="info" name="Limits" %}
  - Maximum of 100 companies per request.
  - You can append tasks to an existing job by including `job.id` in the request body.
{% /admonition %}

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (BulkDeleteCompaniesRequest | Unset): Request body for bulk deleting companies.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    CompaniesBulkJob | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.bulk_delete_companies_request import BulkDeleteCompaniesRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.companies_bulk_job import CompaniesBulkJob
    from ...models.error import Error


def _get_kwargs(
    *,
    body: BulkDeleteCompaniesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/bulk/delete",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompaniesBulkJob | Error | None:
    if response.status_code == 202:
        from ...models.companies_bulk_job import CompaniesBulkJob

        response_202 = CompaniesBulkJob.from_dict(response.json())

        return response_202

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

    if response.status_code == 422:
        from ...models.error import Error

        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompaniesBulkJob | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteCompaniesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompaniesBulkJob | Error]:
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
    body: BulkDeleteCompaniesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompaniesBulkJob | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteCompaniesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompaniesBulkJob | Error]:
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
    body: BulkDeleteCompaniesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompaniesBulkJob | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
