"""Create or Update a Custom Object Instance

 Create or update a custom object instance

Args:
    custom_object_type_identifier (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateOrUpdateCustomObjectInstanceRequest | Unset): Payload to create or update a
        Custom Object instance

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    CustomObjectInstance | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_or_update_custom_object_instance_request import CreateOrUpdateCustomObjectInstanceRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.custom_object_instance import CustomObjectInstance
    from ...models.error import Error


def _get_kwargs(
    custom_object_type_identifier: str,
    *,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object_instances/{custom_object_type_identifier}".format(
            custom_object_type_identifier=quote(str(custom_object_type_identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectInstance | Error | None:
    if response.status_code == 200:
        from ...models.custom_object_instance import CustomObjectInstance

        response_200 = CustomObjectInstance.from_dict(response.json())

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
) -> Response[CustomObjectInstance | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_object_type_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CustomObjectInstance | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_object_type_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CustomObjectInstance | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        custom_object_type_identifier=custom_object_type_identifier,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    custom_object_type_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CustomObjectInstance | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_object_type_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CustomObjectInstance | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            custom_object_type_identifier=custom_object_type_identifier,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
