"""Retrieve companies

 You can fetch a single company by passing in `company_id` or `name`.

  `https://api.intercom.io/companies?name={name}`

  `https://api.intercom.io/companies?company_id={company_id}`

You can fetch all companies and filter by `segment_id` or `tag_id` as a query parameter.

  `https://api.intercom.io/companies?tag_id={tag_id}`

  `https://api.intercom.io/companies?segment_id={segment_id}`

Args:
    name (str | Unset):
    company_id (str | Unset):
    tag_id (str | Unset):
    segment_id (str | Unset):
    page (int | Unset):
    per_page (int | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    CompanyList | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.company_list import CompanyList
    from ...models.error import Error


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["name"] = name

    params["company_id"] = company_id

    params["tag_id"] = tag_id

    params["segment_id"] = segment_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompanyList | Error | None:
    if response.status_code == 200:
        from ...models.company_list import CompanyList

        response_200 = CompanyList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CompanyList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompanyList | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompanyList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompanyList | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompanyList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            company_id=company_id,
            tag_id=tag_id,
            segment_id=segment_id,
            page=page,
            per_page=per_page,
            intercom_version=intercom_version,
        )
    ).parsed
