"""Update a conversation


You can update an existing conversation.

{% admonition type="info" name="Replying and other actions" %}
If you want to reply to a coveration or take an action such as assign, unassign, open, close or
snooze, take a look at the reply and manage endpoints.
{% /admonition %}

{% admonition type="danger" name="Breaking change: duplicate custom attribute names" %}
The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
attributes with the same name. Previously, the update would silently apply to a non-deterministic
attribute. To resolve, rename or archive the duplicate attribute in your workspace settings, then
retry the request.
{% /admonition %}


Args:
    conversation_id (str):
    display_as (str | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateConversationRequest | Unset): Payload of the request to update a conversation

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
from ...models.update_conversation_request import UpdateConversationRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation import Conversation
    from ...models.error import Error


def _get_kwargs(
    conversation_id: str,
    *,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["display_as"] = display_as

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

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
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        display_as=display_as,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        display_as=display_as,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        display_as=display_as,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            display_as=display_as,
            intercom_version=intercom_version,
        )
    ).parsed
