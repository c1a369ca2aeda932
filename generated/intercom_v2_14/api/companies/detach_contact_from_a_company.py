"""Detach a contact from a company

 You can detach a company from a single contact.

Args:
    contact_id (str):
    company_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Company | Error
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
    from ...models.company import Company
    from ...models.error import Error


def _get_kwargs(
    contact_id: str,
    company_id: str,
    *,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts/{contact_id}/companies/{company_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Company | Error | None:
    if response.status_code == 200:
        from ...models.company import Company

        response_200 = Company.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Company | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    company_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Company | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        contact_id=contact_id,
        company_id=company_id,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    company_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Company | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        contact_id=contact_id,
        company_id=company_id,
        client=client,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    company_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Company | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        contact_id=contact_id,
        company_id=company_id,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    company_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Company | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            company_id=company_id,
            client=client,
            intercom_version=intercom_version,
        )
    ).parsed
