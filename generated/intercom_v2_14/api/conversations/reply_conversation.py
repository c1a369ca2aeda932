"""Reply to a conversation

 You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
note for admins.

{% admonition type="warning" name="Bot replies to inbound email" %}
By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
email is actually delivered.

To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
feature flag for your workspace.
{% /admonition %}

Args:
    conversation_id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (AdminReplyConversationRequest | ContactReplyEmailRequest |
        ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Conversation | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.admin_reply_conversation_request import AdminReplyConversationRequest
from ...models.contact_reply_email_request import ContactReplyEmailRequest
from ...models.contact_reply_intercom_user_id_request import ContactReplyIntercomUserIdRequest
from ...models.contact_reply_user_id_request import ContactReplyUserIdRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation import Conversation
    from ...models.error import Error


def _get_kwargs(
    conversation_id: str,
    *,
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/reply".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if (
        isinstance(body, ContactReplyIntercomUserIdRequest)
        or isinstance(body, ContactReplyEmailRequest)
        or isinstance(body, ContactReplyUserIdRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Conversation | Error | None:
    if response.status_code == 200:
        from ...models.conversation import Conversation

        response_200 = Conversation.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Conversation | Error]:
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Conversation | Error]:
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Conversation | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
