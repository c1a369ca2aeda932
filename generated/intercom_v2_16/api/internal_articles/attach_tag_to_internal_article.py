"""Add a tag to an internal article

 Apply an existing tag to an internal article. Returns the tag that was applied.

The tag must already exist in the workspace (create tags with the Tags API),
and the authenticating teammate must have the `manage_knowledge_base_content`
permission.

Requires the `read_write_articles_scope` OAuth scope.

Args:
    internal_article_id (int):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (AttachTagToInternalArticleBody | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | Tag
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.attach_tag_to_internal_article_body import AttachTagToInternalArticleBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.tag import Tag


def _get_kwargs(
    internal_article_id: int,
    *,
    body: AttachTagToInternalArticleBody | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/internal_articles/{internal_article_id}/tags".format(
            internal_article_id=quote(str(internal_article_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Tag | None:
    if response.status_code == 200:
        from ...models.tag import Tag

        response_200 = Tag.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Tag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    internal_article_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AttachTagToInternalArticleBody | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Tag]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        internal_article_id=internal_article_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    internal_article_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AttachTagToInternalArticleBody | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Tag | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        internal_article_id=internal_article_id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    internal_article_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AttachTagToInternalArticleBody | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Tag]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        internal_article_id=internal_article_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    internal_article_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AttachTagToInternalArticleBody | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Tag | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            internal_article_id=internal_article_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
