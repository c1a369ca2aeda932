"""Create event summaries

 Create event summaries for a user. Event summaries are used to track the number of times an event
has occurred, the first time it occurred and the last time it occurred.


Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateDataEventSummariesRequest | Unset): You can send a list of event summaries for
        a user. Each event summary should contain the event name, the time the event occurred, and
        the number of times the event occurred. The event name should be a past tense "verb-noun"
        combination, to improve readability, for example `updated-plan`.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Any | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_data_event_summaries_request import CreateDataEventSummariesRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error


def _get_kwargs(
    *,
    body: CreateDataEventSummariesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/events/summaries",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataEventSummariesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Any | Error]:
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
    body: CreateDataEventSummariesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Any | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataEventSummariesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Any | Error]:
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
    body: CreateDataEventSummariesRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Any | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
