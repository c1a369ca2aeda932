"""Submit human input to a Fin Procedure HITL step

 Submit human-collected input to a Fin Procedure that is paused at a Human in the Loop (HITL) step.

When a procedure reaches a HITL step with the API channel enabled, Intercom sends a
`procedure.hitl_notification.created` webhook. Use the `callback_url` from that webhook payload to
call this endpoint with the collected attribute values.

The `step_id` must match the one from the webhook payload, and `attribute_values` must include a
value for every attribute listed in `attributes_to_collect`.

{% admonition type="info" name="Authentication" %}
This endpoint requires an OAuth token with the `write_conversations` scope. The admin associated
with the token must have access to the conversation.
{% /admonition %}

{% admonition type="warning" name="Feature access" %}
This endpoint requires the Procedures HITL API feature to be enabled for your workspace.
{% /admonition %}

Args:
    conversation_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CollectAgentInputRequest): Request body for submitting human-collected input to a
        HITL procedure step.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    CollectProcedureAgentInputResponse200 | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.collect_agent_input_request import CollectAgentInputRequest
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.collect_procedure_agent_input_response_200 import CollectProcedureAgentInputResponse200
    from ...models.error import Error


def _get_kwargs(
    conversation_id: str,
    *,
    body: CollectAgentInputRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/procedures/{conversation_id}/collect_agent_input".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectProcedureAgentInputResponse200 | Error | None:
    if response.status_code == 200:
        from ...models.collect_procedure_agent_input_response_200 import CollectProcedureAgentInputResponse200

        response_200 = CollectProcedureAgentInputResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.error import Error

        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.error import Error

        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        from ...models.error import Error

        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        from ...models.error import Error

        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectProcedureAgentInputResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectAgentInputRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CollectProcedureAgentInputResponse200 | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectAgentInputRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CollectProcedureAgentInputResponse200 | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectAgentInputRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CollectProcedureAgentInputResponse200 | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectAgentInputRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CollectProcedureAgentInputResponse200 | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
