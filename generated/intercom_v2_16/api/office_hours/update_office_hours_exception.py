"""Update an office hours exception

 You can update an existing office hours exception.

Args:
    office_hours_schedule_id (str):
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateOfficeHoursExceptionRequest | Unset): The request payload for updating an
        office hours exception. Only the provided fields are updated.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | OfficeHoursException
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_office_hours_exception_request import UpdateOfficeHoursExceptionRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.office_hours_exception import OfficeHoursException


def _get_kwargs(
    office_hours_schedule_id: str,
    id: str,
    *,
    body: UpdateOfficeHoursExceptionRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
            office_hours_schedule_id=quote(str(office_hours_schedule_id), safe=""),
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
) -> Error | OfficeHoursException | None:
    if response.status_code == 200:
        from ...models.office_hours_exception import OfficeHoursException

        response_200 = OfficeHoursException.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        from ...models.error import Error

        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | OfficeHoursException]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    office_hours_schedule_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOfficeHoursExceptionRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | OfficeHoursException]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        office_hours_schedule_id=office_hours_schedule_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    office_hours_schedule_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOfficeHoursExceptionRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | OfficeHoursException | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        office_hours_schedule_id=office_hours_schedule_id,
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    office_hours_schedule_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOfficeHoursExceptionRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | OfficeHoursException]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        office_hours_schedule_id=office_hours_schedule_id,
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    office_hours_schedule_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOfficeHoursExceptionRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | OfficeHoursException | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            office_hours_schedule_id=office_hours_schedule_id,
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
