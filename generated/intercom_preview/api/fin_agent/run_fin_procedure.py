"""Run a Fin procedure

 Deterministically run a specific procedure on a new conversation. Calling this endpoint
guarantees that the named procedure runs — there is no non-deterministic routing.

Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
agent/replytofin).

Args:
    procedure_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (RunFinProcedureBody):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | RunFinProcedureResponse200
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.run_fin_procedure_body import RunFinProcedureBody
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.run_fin_procedure_response_200 import RunFinProcedureResponse200


def _get_kwargs(
    procedure_id: str,
    *,
    body: RunFinProcedureBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/procedures/{procedure_id}/run".format(
            procedure_id=quote(str(procedure_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RunFinProcedureResponse200 | None:
    if response.status_code == 200:
        from ...models.run_fin_procedure_response_200 import RunFinProcedureResponse200

        response_200 = RunFinProcedureResponse200.from_dict(response.json())

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
) -> Response[Error | RunFinProcedureResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    procedure_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunFinProcedureBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | RunFinProcedureResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    procedure_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunFinProcedureBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | RunFinProcedureResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        procedure_id=procedure_id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    procedure_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunFinProcedureBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | RunFinProcedureResponse200]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    procedure_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunFinProcedureBody,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | RunFinProcedureResponse200 | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            procedure_id=procedure_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
