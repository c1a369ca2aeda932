from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_contact_request import CreateContactRequest
from ...models.create_contact_response_200 import CreateContactResponse200
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = "2.14",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateContactResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateContactResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateContactResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = "2.14",
) -> Response[CreateContactResponse200 | Error]:
    """Create contact

     You can create a new contact (ie. user or lead).

    Args:
        intercom_version (str | Unset):  Default: '2.14'.
        body (CreateContactRequest | Unset): Payload to create a contact

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactResponse200 | Error]
    """

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
    body: CreateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = "2.14",
) -> CreateContactResponse200 | Error | None:
    """Create contact

     You can create a new contact (ie. user or lead).

    Args:
        intercom_version (str | Unset):  Default: '2.14'.
        body (CreateContactRequest | Unset): Payload to create a contact

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactResponse200 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = "2.14",
) -> Response[CreateContactResponse200 | Error]:
    """Create contact

     You can create a new contact (ie. user or lead).

    Args:
        intercom_version (str | Unset):  Default: '2.14'.
        body (CreateContactRequest | Unset): Payload to create a contact

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactResponse200 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = "2.14",
) -> CreateContactResponse200 | Error | None:
    """Create contact

     You can create a new contact (ie. user or lead).

    Args:
        intercom_version (str | Unset):  Default: '2.14'.
        body (CreateContactRequest | Unset): Payload to create a contact

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
