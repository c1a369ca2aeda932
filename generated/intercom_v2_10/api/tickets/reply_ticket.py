"""Reply to a ticket

 You can reply to a ticket with a message from an admin or on behalf of a contact, or with a note for
admins.

Args:
    id (str): The id of the ticket to target.
        {% admonition type="info" name="Not the Inbox ticket ID" %}
        This is the internal `id` field from the API response, not the `ticket_id` displayed in
        the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by
        the API.
        {% /admonition %}
         Example: 123.
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (AdminReplyTicketRequest | ContactReplyTicketEmailRequest |
        ContactReplyTicketIntercomUserIdRequest | ContactReplyTicketUserIdRequest | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | TicketReply
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.admin_reply_ticket_request import AdminReplyTicketRequest
from ...models.contact_reply_ticket_email_request import ContactReplyTicketEmailRequest
from ...models.contact_reply_ticket_intercom_user_id_request import ContactReplyTicketIntercomUserIdRequest
from ...models.contact_reply_ticket_user_id_request import ContactReplyTicketUserIdRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.ticket_reply import TicketReply


def _get_kwargs(
    id: str,
    *,
    body: AdminReplyTicketRequest
    | ContactReplyTicketEmailRequest
    | ContactReplyTicketIntercomUserIdRequest
    | ContactReplyTicketUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tickets/{id}/reply".format(
            id=quote(str(id), safe=""),
        ),
    }

    if (
        isinstance(body, ContactReplyTicketIntercomUserIdRequest)
        or isinstance(body, ContactReplyTicketUserIdRequest)
        or isinstance(body, ContactReplyTicketEmailRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TicketReply | None:
    if response.status_code == 200:
        from ...models.ticket_reply import TicketReply

        response_200 = TicketReply.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TicketReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AdminReplyTicketRequest
    | ContactReplyTicketEmailRequest
    | ContactReplyTicketIntercomUserIdRequest
    | ContactReplyTicketUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TicketReply]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AdminReplyTicketRequest
    | ContactReplyTicketEmailRequest
    | ContactReplyTicketIntercomUserIdRequest
    | ContactReplyTicketUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TicketReply | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AdminReplyTicketRequest
    | ContactReplyTicketEmailRequest
    | ContactReplyTicketIntercomUserIdRequest
    | ContactReplyTicketUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TicketReply]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AdminReplyTicketRequest
    | ContactReplyTicketEmailRequest
    | ContactReplyTicketIntercomUserIdRequest
    | ContactReplyTicketUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TicketReply | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
