"""Update an existing attribute for a ticket type

 You can update an existing attribute for a ticket type.

Args:
    ticket_type_id (str):
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateTicketTypeAttributeRequest | Unset): You can update a Ticket Type Attribute

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | TicketTypeAttribute
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_ticket_type_attribute_request import UpdateTicketTypeAttributeRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.ticket_type_attribute import TicketTypeAttribute


def _get_kwargs(
    ticket_type_id: str,
    id: str,
    *,
    body: UpdateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ticket_types/{ticket_type_id}/attributes/{id}".format(
            ticket_type_id=quote(str(ticket_type_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TicketTypeAttribute | None:
    if response.status_code == 200:
        from ...models.ticket_type_attribute import TicketTypeAttribute

        response_200 = TicketTypeAttribute.from_dict(response.json())

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
) -> Response[Error | TicketTypeAttribute]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_type_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TicketTypeAttribute]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_type_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TicketTypeAttribute | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        ticket_type_id=ticket_type_id,
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    ticket_type_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TicketTypeAttribute]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_type_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TicketTypeAttribute | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            ticket_type_id=ticket_type_id,
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
