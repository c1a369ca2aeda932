"""Submit a CSAT rating

 Record a customer's satisfaction rating for a conversation, with an optional free-text
remark.

Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
SSE carrying the rating options to show the user. Present those options, then submit the
user's choice here.

Submitting the same rating again, with no new remark, is a no-op and stays successful,
so an at-least-once client can safely retry. Submitting a *different* rating updates the
stored rating while the update window is still open, and a first remark can be added to
an already-rated survey. Once a remark has been recorded the rating is locked and can no
longer be changed.

{% admonition type="warning" %}
Please reach out to your accounts team to discuss access.
{% /admonition %}

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (SubmitFinCsatBody):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.submit_fin_csat_body import SubmitFinCsatBody
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.submit_fin_csat_response_200 import SubmitFinCsatResponse200
    from ...models.submit_fin_csat_response_422 import SubmitFinCsatResponse422


def _get_kwargs(
    *,
    body: SubmitFinCsatBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/csat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422 | None:
    if response.status_code == 200:
        from ...models.submit_fin_csat_response_200 import SubmitFinCsatResponse200

        response_200 = SubmitFinCsatResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        from ...models.submit_fin_csat_response_422 import SubmitFinCsatResponse422

        response_422 = SubmitFinCsatResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFinCsatBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422]:
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
    body: SubmitFinCsatBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitFinCsatBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422]:
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
    body: SubmitFinCsatBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | SubmitFinCsatResponse200 | SubmitFinCsatResponse422 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
