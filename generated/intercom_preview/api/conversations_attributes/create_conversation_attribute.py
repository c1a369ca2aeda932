"""Create a conversation attribute

 Create a new conversation attribute.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CreateConversationAttributeBooleanRequest |
        CreateConversationAttributeDatetimeRequest | CreateConversationAttributeDecimalRequest |
        CreateConversationAttributeFilesRequest | CreateConversationAttributeIntegerRequest |
        CreateConversationAttributeListRequest | CreateConversationAttributeRelationshipRequest |
        CreateConversationAttributeStringRequest): Payload for creating a new conversation
        attribute.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.create_conversation_attribute_boolean_request import CreateConversationAttributeBooleanRequest
from ...models.create_conversation_attribute_datetime_request import CreateConversationAttributeDatetimeRequest
from ...models.create_conversation_attribute_decimal_request import CreateConversationAttributeDecimalRequest
from ...models.create_conversation_attribute_files_request import CreateConversationAttributeFilesRequest
from ...models.create_conversation_attribute_integer_request import CreateConversationAttributeIntegerRequest
from ...models.create_conversation_attribute_list_request import CreateConversationAttributeListRequest
from ...models.create_conversation_attribute_relationship_request import CreateConversationAttributeRelationshipRequest
from ...models.create_conversation_attribute_string_request import CreateConversationAttributeStringRequest
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
    from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
    from ...models.conversation_attribute_list_type import ConversationAttributeListType
    from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from ...models.conversation_attribute_string_type import ConversationAttributeStringType
    from ...models.error import Error


def _get_kwargs(
    *,
    body: CreateConversationAttributeBooleanRequest
    | CreateConversationAttributeDatetimeRequest
    | CreateConversationAttributeDecimalRequest
    | CreateConversationAttributeFilesRequest
    | CreateConversationAttributeIntegerRequest
    | CreateConversationAttributeListRequest
    | CreateConversationAttributeRelationshipRequest
    | CreateConversationAttributeStringRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/attributes",
    }

    if (
        isinstance(body, CreateConversationAttributeStringRequest)
        or isinstance(body, CreateConversationAttributeIntegerRequest)
        or isinstance(body, CreateConversationAttributeListRequest)
        or isinstance(body, CreateConversationAttributeDecimalRequest)
        or isinstance(body, CreateConversationAttributeBooleanRequest)
        or isinstance(body, CreateConversationAttributeDatetimeRequest)
        or isinstance(body, CreateConversationAttributeRelationshipRequest)
        or isinstance(body, CreateConversationAttributeFilesRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
    | None
):
    if response.status_code == 200:
        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        def _parse_response_200(
            data: object,
        ) -> (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ):
            if not isinstance(data, dict):
                return cast(
                    ConversationAttributeBooleanType
                    | ConversationAttributeDatetimeType
                    | ConversationAttributeDecimalType
                    | ConversationAttributeFilesType
                    | ConversationAttributeIntegerType
                    | ConversationAttributeListType
                    | ConversationAttributeRelationshipType
                    | ConversationAttributeStringType,
                    data,
                )
            discriminator_value = data.get("data_type")
            if discriminator_value == "string":
                componentsschemasconversation_attribute_type_0 = ConversationAttributeStringType.from_dict(data)

                return componentsschemasconversation_attribute_type_0
            if discriminator_value == "integer":
                componentsschemasconversation_attribute_type_1 = ConversationAttributeIntegerType.from_dict(data)

                return componentsschemasconversation_attribute_type_1
            if discriminator_value == "list":
                componentsschemasconversation_attribute_type_2 = ConversationAttributeListType.from_dict(data)

                return componentsschemasconversation_attribute_type_2
            if discriminator_value == "decimal":
                componentsschemasconversation_attribute_type_3 = ConversationAttributeDecimalType.from_dict(data)

                return componentsschemasconversation_attribute_type_3
            if discriminator_value == "boolean":
                componentsschemasconversation_attribute_type_4 = ConversationAttributeBooleanType.from_dict(data)

                return componentsschemasconversation_attribute_type_4
            if discriminator_value == "datetime":
                componentsschemasconversation_attribute_type_5 = ConversationAttributeDatetimeType.from_dict(data)

                return componentsschemasconversation_attribute_type_5
            if discriminator_value == "relationship":
                componentsschemasconversation_attribute_type_6 = ConversationAttributeRelationshipType.from_dict(data)

                return componentsschemasconversation_attribute_type_6
            if discriminator_value == "files":
                componentsschemasconversation_attribute_type_7 = ConversationAttributeFilesType.from_dict(data)

                return componentsschemasconversation_attribute_type_7
            # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
            return cast(
                ConversationAttributeBooleanType
                | ConversationAttributeDatetimeType
                | ConversationAttributeDecimalType
                | ConversationAttributeFilesType
                | ConversationAttributeIntegerType
                | ConversationAttributeListType
                | ConversationAttributeRelationshipType
                | ConversationAttributeStringType,
                data,
            )

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationAttributeBooleanRequest
    | CreateConversationAttributeDatetimeRequest
    | CreateConversationAttributeDecimalRequest
    | CreateConversationAttributeFilesRequest
    | CreateConversationAttributeIntegerRequest
    | CreateConversationAttributeListRequest
    | CreateConversationAttributeRelationshipRequest
    | CreateConversationAttributeStringRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
]:
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
    body: CreateConversationAttributeBooleanRequest
    | CreateConversationAttributeDatetimeRequest
    | CreateConversationAttributeDecimalRequest
    | CreateConversationAttributeFilesRequest
    | CreateConversationAttributeIntegerRequest
    | CreateConversationAttributeListRequest
    | CreateConversationAttributeRelationshipRequest
    | CreateConversationAttributeStringRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
    | None
):
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationAttributeBooleanRequest
    | CreateConversationAttributeDatetimeRequest
    | CreateConversationAttributeDecimalRequest
    | CreateConversationAttributeFilesRequest
    | CreateConversationAttributeIntegerRequest
    | CreateConversationAttributeListRequest
    | CreateConversationAttributeRelationshipRequest
    | CreateConversationAttributeStringRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
]:
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
    body: CreateConversationAttributeBooleanRequest
    | CreateConversationAttributeDatetimeRequest
    | CreateConversationAttributeDecimalRequest
    | CreateConversationAttributeFilesRequest
    | CreateConversationAttributeIntegerRequest
    | CreateConversationAttributeListRequest
    | CreateConversationAttributeRelationshipRequest
    | CreateConversationAttributeStringRequest,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
    | Error
    | None
):
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
