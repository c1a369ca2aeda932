"""Get a contact by External ID

 You can fetch the details of a single contact by external ID. Note that this endpoint only supports
users and not leads.

Args:
    external_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | ShowContactByExternalIdResponse200
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
    from ...models.error import Error
    from ...models.show_contact_by_external_id_response_200 import ShowContactByExternalIdResponse200


def _get_kwargs(
    external_id: str,
    *,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/find_by_external_id/{external_id}".format(
            external_id=quote(str(external_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowContactByExternalIdResponse200 | None:
    if response.status_code == 200:
        from ...models.show_contact_by_external_id_response_200 import ShowContactByExternalIdResponse200

        response_200 = ShowContactByExternalIdResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowContactByExternalIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | ShowContactByExternalIdResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        external_id=external_id,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | ShowContactByExternalIdResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        external_id=external_id,
        client=client,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | ShowContactByExternalIdResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        external_id=external_id,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | ShowContactByExternalIdResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            intercom_version=intercom_version,
        )
    ).parsed
