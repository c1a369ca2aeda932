"""Start a conversation with Fin

 Initialize Fin by passing it the user's message along with conversation history and user details.

These additional pieces of context will be used by Fin to provide a better and more contextual
answer to the user.

{% admonition type="warning" %}
Please reach out to your accounts team to discuss access.
{% /admonition %}

Once Fin is initialized, it progresses through a series of statuses such as *thinking*, *replying*,
*awaiting_user_reply*, or *resolved* before ending with a status of *complete*.

During this workflow, the client should allow Fin to continue uninterrupted until a final *complete*
status is returned via webhook, at which point control of the conversation passes back to the
client.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (StartFinConversationBody):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | StartFinConversationResponse200
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.start_fin_conversation_body import StartFinConversationBody
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.start_fin_conversation_response_200 import StartFinConversationResponse200


def _get_kwargs(
    *,
    body: StartFinConversationBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StartFinConversationResponse200 | None:
    if response.status_code == 200:
        from ...models.start_fin_conversation_response_200 import StartFinConversationResponse200

        response_200 = StartFinConversationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.error import Error

        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | StartFinConversationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartFinConversationBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | StartFinConversationResponse200]:
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
    body: StartFinConversationBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | StartFinConversationResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartFinConversationBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | StartFinConversationResponse200]:
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
    body: StartFinConversationBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | StartFinConversationResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
