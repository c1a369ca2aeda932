"""Manage a conversation

 For managing conversations you can:
- Close a conversation
- Snooze a conversation to reopen on a future date
- Open a conversation which is `snoozed` or `closed`
- Assign a conversation to an admin and/or team.

Args:
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (AssignConversationRequest | CloseConversationRequest | OpenConversationRequest |
        SnoozeConversationRequest | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Conversation | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.assign_conversation_request import AssignConversationRequest
from ...models.close_conversation_request import CloseConversationRequest
from ...models.open_conversation_request import OpenConversationRequest
from ...models.snooze_conversation_request import SnoozeConversationRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation import Conversation
    from ...models.error import Error


def _get_kwargs(
    id: str,
    *,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{id}/parts".format(
            id=quote(str(id), safe=""),
        ),
    }

    if (
        isinstance(body, CloseConversationRequest)
        or isinstance(body, SnoozeConversationRequest)
        or isinstance(body, OpenConversationRequest)
        or isinstance(body, AssignConversationRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Conversation | Error | None:
    if response.status_code == 200:
        from ...models.conversation import Conversation

        response_200 = Conversation.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Conversation | Error]:
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
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
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
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
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
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
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
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
