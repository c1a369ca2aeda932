"""Get a contact

 You can fetch the details of a single contact.

{% admonition type="info" name="Merged contacts return 410 Gone" %}
  If a contact has been merged into another contact via the Merge endpoint (`POST /contacts/merge`),
requesting it by its original ID will return **HTTP 410 Gone** with a `Link` header pointing to the
canonical (merged-into) contact.

  **Response headers:**
  ```
  Link: </contacts/{canonical_id}>; rel="canonical"
  ```

  **Response body:**
  ```json
  {
    "type": "error.list",
    "errors": [{ "code": "contact_merged", "message": "This contact has been merged. See the 'Link'
header for the canonical contact." }]
  }
  ```

  The `Link` header contains the path to the final merge target, resolving multi-hop merge chains
(up to 3 hops).
{% /admonition %}

Args:
    contact_id (str):
    include_merge_history (bool | Unset):  Default: False.
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | ShowContactResponse200
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
    from ...models.show_contact_response_200 import ShowContactResponse200


def _get_kwargs(
    contact_id: str,
    *,
    include_merge_history: bool | Unset = False,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["include_merge_history"] = include_merge_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowContactResponse200 | None:
    if response.status_code == 200:
        from ...models.show_contact_response_200 import ShowContactResponse200

        response_200 = ShowContactResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 410:
        from ...models.error import Error

        response_410 = Error.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowContactResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_merge_history: bool | Unset = False,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | ShowContactResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        contact_id=contact_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_merge_history: bool | Unset = False,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | ShowContactResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_merge_history: bool | Unset = False,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | ShowContactResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        contact_id=contact_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_merge_history: bool | Unset = False,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | ShowContactResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            include_merge_history=include_merge_history,
            intercom_version=intercom_version,
        )
    ).parsed
