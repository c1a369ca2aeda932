"""Convert a conversation to a ticket

 You can convert a conversation to a ticket.

Args:
    conversation_id (int):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (ConvertConversationToTicketRequest | Unset): You can convert a Conversation to a
        Ticket

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | Ticket
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.convert_conversation_to_ticket_request import ConvertConversationToTicketRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.ticket import Ticket


def _get_kwargs(
    conversation_id: int,
    *,
    body: ConvertConversationToTicketRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/convert".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Ticket | None:
    if response.status_code == 200:
        from ...models.ticket import Ticket

        response_200 = Ticket.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.error import Error

        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Ticket]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ConvertConversationToTicketRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Ticket]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ConvertConversationToTicketRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Ticket | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ConvertConversationToTicketRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Ticket]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ConvertConversationToTicketRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Ticket | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
