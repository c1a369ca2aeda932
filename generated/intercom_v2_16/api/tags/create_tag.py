"""Create or update a tag, Tag or untag companies, Tag contacts

 You can use this endpoint to perform the following operations:

  **1. Create a new tag:** You can create a new tag by passing in the tag name as specified in
"Create or Update Tag Request Payload" described below.

  **2. Update an existing tag:** You can update an existing tag by passing the id of the tag as
specified in "Create or Update Tag Request Payload" described below.

  **3. Tag Companies:** You can tag single company or a list of companies. You can tag a company by
passing in the tag name and the company details as specified in "Tag Company Request Payload"
described below. Also, if the tag doesn't exist then a new one will be created automatically.

  **4. Untag Companies:** You can untag a single company or a list of companies. You can untag a
company by passing in the tag id and the company details as specified in "Untag Company Request
Payload" described below.

  **5. Tag Multiple Users:** You can tag a list of users. You can tag the users by passing in the
tag name and the user details as specified in "Tag Users Request Payload" described below.

Each operation will return a tag object.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset |
        UntagCompanyRequest):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | TagCreateResponse
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_or_update_tag_request import CreateOrUpdateTagRequest
from ...models.tag_company_request import TagCompanyRequest
from ...models.tag_multiple_users_request import TagMultipleUsersRequest
from ...models.untag_company_request import UntagCompanyRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.tag_create_response import TagCreateResponse


def _get_kwargs(
    *,
    body: CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset | UntagCompanyRequest = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tags",
    }

    if (
        isinstance(body, CreateOrUpdateTagRequest)
        or isinstance(body, TagCompanyRequest)
        or isinstance(body, UntagCompanyRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TagCreateResponse | None:
    if response.status_code == 200:
        from ...models.tag_create_response import TagCreateResponse

        response_200 = TagCreateResponse.from_dict(response.json())

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
) -> Response[Error | TagCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset | UntagCompanyRequest = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TagCreateResponse]:
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
    body: CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset | UntagCompanyRequest = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TagCreateResponse | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset | UntagCompanyRequest = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | TagCreateResponse]:
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
    body: CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | Unset | UntagCompanyRequest = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | TagCreateResponse | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
