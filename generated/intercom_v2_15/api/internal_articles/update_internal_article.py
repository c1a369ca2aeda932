"""Update an internal article

 You can update the details of a single internal article by making a PUT request to
`https://api.intercom.io/internal_articles/<id>`.

Args:
    internal_article_id (int):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateInternalArticleRequest | Unset): You can Update an Internal Article

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | InternalArticle
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_internal_article_request import UpdateInternalArticleRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.internal_article import InternalArticle


def _get_kwargs(
    internal_article_id: int,
    *,
    body: UpdateInternalArticleRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/internal_articles/{internal_article_id}".format(
            internal_article_id=quote(str(internal_article_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InternalArticle | None:
    if response.status_code == 200:
        from ...models.internal_article import InternalArticle

        response_200 = InternalArticle.from_dict(response.json())

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
) -> Response[Error | InternalArticle]:
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
    body: UpdateInternalArticleRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | InternalArticle]:
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
    body: UpdateInternalArticleRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | InternalArticle | None:
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
    body: UpdateInternalArticleRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | InternalArticle]:
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
    body: UpdateInternalArticleRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | InternalArticle | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            internal_article_id=internal_article_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
