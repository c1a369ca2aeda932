"""Create an identity verification secret

 Creates a new identity verification secret for your workspace. Intercom generates a 256-bit,
cryptographically random value server-side and returns it once in the response.

**This is the only opportunity to capture the secret.** Store it in your secure configuration
immediately. The `secret` field is omitted from all subsequent responses (including `GET
/secure_mode_secrets`) — if you lose it, you must rotate a new secret in and delete this one.

You must enable the secret for at least one platform (`supports_android`, `supports_ios`, or
`supports_web`). Rotation flow: create the new secret, roll it out to every client signing
`user_hash` values, then delete the old secret with `DELETE /secure_mode_secrets/{id}` once traffic
has cut over.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateIdentityVerificationSecretRequest | Unset): Request payload for creating a new
        identity verification secret. At least one platform flag must be `true`.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | IdentityVerificationSecretWithMaterial
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial


def _get_kwargs(
    *,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure_mode_secrets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IdentityVerificationSecretWithMaterial | None:
    if response.status_code == 201:
        from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial

        response_201 = IdentityVerificationSecretWithMaterial.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | IdentityVerificationSecretWithMaterial]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | IdentityVerificationSecretWithMaterial]:
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
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | IdentityVerificationSecretWithMaterial | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | IdentityVerificationSecretWithMaterial]:
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
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | IdentityVerificationSecretWithMaterial | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
