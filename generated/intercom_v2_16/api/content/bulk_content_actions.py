"""Run a bulk action on Knowledge Hub content

 Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.

Six actions are supported:
  * `publish` and `unpublish` — apply to `article_content` only.
  * `delete` — permanently delete content (excludes synced sources and `external_content`).
  * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
  * `set_audience` — manage segment membership on content.
  * `update_tags` — apply and/or remove existing tags on content. Unlike the other
    actions, `update_tags` addresses articles by the parent `article` id, not
    `article_content`. Tags must already exist and not be archived; supply at least one of
    `add_tag_ids` / `remove_tag_ids`.

The endpoint validates the request, enqueues background work, and returns 202 with a
placeholder envelope. Items whose `type` is not in the action's allowlist are silently
dropped before processing. Articles imported from synced sources (Confluence, Notion,
Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
removed by disconnecting the underlying import source.

Requires the `write_content` OAuth scope.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (ContentBulkActionRequest):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    ContentBulkActionResponse | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.content_bulk_action_request import ContentBulkActionRequest
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.content_bulk_action_response import ContentBulkActionResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    body: ContentBulkActionRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/bulk_actions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentBulkActionResponse | Error | None:
    if response.status_code == 202:
        from ...models.content_bulk_action_response import ContentBulkActionResponse

        response_202 = ContentBulkActionResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.error import Error

        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        from ...models.error import Error

        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContentBulkActionResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContentBulkActionRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ContentBulkActionResponse | Error]:
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
    body: ContentBulkActionRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ContentBulkActionResponse | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContentBulkActionRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ContentBulkActionResponse | Error]:
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
    body: ContentBulkActionRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ContentBulkActionResponse | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
