"""Get contact merge history

 Retrieve the paginated list of contacts that have been merged into a given contact.

Only available for contacts with a `user` role. Returns a `404` if the contact is not found or has a
`lead` role.

Args:
    id (str):
    cursor (str | Unset):
    per_page (int | Unset):  Default: 50.
    order (ListContactMergeHistoryOrder | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | MergeHistoryList
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.list_contact_merge_history_order import ListContactMergeHistoryOrder
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.merge_history_list import MergeHistoryList


def _get_kwargs(
    id: str,
    *,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 50,
    order: ListContactMergeHistoryOrder | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["per_page"] = per_page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}/merge_history".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MergeHistoryList | None:
    if response.status_code == 200:
        from ...models.merge_history_list import MergeHistoryList

        response_200 = MergeHistoryList.from_dict(response.json())

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
) -> Response[Error | MergeHistoryList]:
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
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 50,
    order: ListContactMergeHistoryOrder | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | MergeHistoryList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        per_page=per_page,
        order=order,
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
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 50,
    order: ListContactMergeHistoryOrder | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | MergeHistoryList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        cursor=cursor,
        per_page=per_page,
        order=order,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 50,
    order: ListContactMergeHistoryOrder | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | MergeHistoryList]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        per_page=per_page,
        order=order,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 50,
    order: ListContactMergeHistoryOrder | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | MergeHistoryList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cursor=cursor,
            per_page=per_page,
            order=order,
            intercom_version=intercom_version,
        )
    ).parsed
