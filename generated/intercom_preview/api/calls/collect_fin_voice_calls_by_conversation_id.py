"""Collect Fin Voice calls by conversation ID

 Retrieve information about Fin Voice calls associated with a conversation.

Returns all matched calls for the given conversation ID. A conversation may have multiple associated
calls.

Args:
    conversation_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | list[AiCallResponse]
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.ai_call_response import AiCallResponse
    from ...models.error import Error


def _get_kwargs(
    conversation_id: str,
    *,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/conversation/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[AiCallResponse]:
    if response.status_code == 200:
        from ...models.ai_call_response import AiCallResponse

        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AiCallResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    from ...models.error import Error

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[AiCallResponse]]:
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
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | list[AiCallResponse]]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
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
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | list[AiCallResponse] | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | list[AiCallResponse]]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | list[AiCallResponse] | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            intercom_version=intercom_version,
        )
    ).parsed
