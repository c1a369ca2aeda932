"""Update a conversation part

 You can update properties of a conversation part. Currently supports updating the send state of an
external reply or marking a part as seen by an admin.

{% admonition type="warning" name="Experimental" %}
  This is an experimental endpoint. It requires a valid HMAC secret for authentication in addition
to the standard bearer token.
{% /admonition %}

Args:
    conversation_id (str):
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateConversationPartRequest | Unset): Payload for updating a conversation part.
        Supports two operations:
        1. Updating the send state of an external reply (requires `send_state` and
        `info_message`).
        2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
        Both operations require `experimental` and `secret` for HMAC authentication.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    ConversationPart | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_conversation_part_request import UpdateConversationPartRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation_part import ConversationPart
    from ...models.error import Error


def _get_kwargs(
    conversation_id: str,
    id: str,
    *,
    body: UpdateConversationPartRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/conversations/{conversation_id}/conversation_parts/{id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
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
) -> ConversationPart | Error | None:
    if response.status_code == 200:
        from ...models.conversation_part import ConversationPart

        response_200 = ConversationPart.from_dict(response.json())

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
) -> Response[ConversationPart | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationPartRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ConversationPart | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationPartRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ConversationPart | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        conversation_id=conversation_id,
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationPartRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ConversationPart | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationPartRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ConversationPart | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
