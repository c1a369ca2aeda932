"""List side conversations

 List side conversations for a given conversation. Side conversations are internal threads created by
teammates from within a conversation.

Each side conversation includes its conversation parts (messages). Results are paginated.

Requires the `read_conversations` OAuth scope.

Args:
    id (str):
    page (int | Unset):  Default: 1.
    per_page (int | Unset):  Default: 25.
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | SideConversationList
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.side_conversation_list import SideConversationList


def _get_kwargs(
    id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{id}/side_conversations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SideConversationList | None:
    if response.status_code == 200:
        from ...models.side_conversation_list import SideConversationList

        response_200 = SideConversationList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SideConversationList]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | SideConversationList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | SideConversationList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | SideConversationList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | SideConversationList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            intercom_version=intercom_version,
        )
    ).parsed
