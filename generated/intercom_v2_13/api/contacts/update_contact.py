"""Update a contact

 You can update an existing contact (ie. user or lead).

{% admonition type="info" %}
  This endpoint handles both **contact updates** and **custom object associations**.

  See _`update a contact with an association to a custom object instance`_ in the request/response
examples to see the custom object association format.
{% /admonition %}

Args:
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateContactRequest | Unset): You can update a contact

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | UpdateContactResponse200
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_contact_request import UpdateContactRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.update_contact_response_200 import UpdateContactResponse200


def _get_kwargs(
    id: str,
    *,
    body: UpdateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateContactResponse200 | None:
    if response.status_code == 200:
        from ...models.update_contact_response_200 import UpdateContactResponse200

        response_200 = UpdateContactResponse200.from_dict(response.json())

        return response_200

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
) -> Response[Error | UpdateContactResponse200]:
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
    body: UpdateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | UpdateContactResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: UpdateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | UpdateContactResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | UpdateContactResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateContactRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | UpdateContactResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
