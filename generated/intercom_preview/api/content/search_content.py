"""Search knowledge base contents

 Search the knowledge base contents — articles, snippets, external pages, uploaded files, and
internal articles — using a keyword query.

Each result row has a `type` discriminator. Most types (`content_snippet`, `external_content`,
`file_source_content`, `internal_article`) return a flat `{ type, id, title }` shape. Help center
articles return a nested shape with a `contents[]` array, one entry per locale.

Requires the `read_content` OAuth scope.

Args:
    query (str | Unset):
    page (int | Unset):  Default: 1.
    per_page (int | Unset):  Default: 10.
    states (list[SearchContentStatesItem] | Unset):
    locales (list[str] | Unset):
    tag_ids (list[int] | Unset):
    tag_operator (SearchContentTagOperator | Unset):
    any_tag_ids (list[int] | Unset):
    folder_ids (list[int] | Unset):
    folder_entity_type (SearchContentFolderEntityType | Unset):
    content_types (list[SearchContentContentTypesItem] | Unset):
    copilot_state (SearchContentCopilotState | Unset):
    fin_service_state (SearchContentFinServiceState | Unset):
    fin_sales_state (SearchContentFinSalesState | Unset):
    created_by_ids (list[int] | Unset):
    last_updated_by_ids (list[int] | Unset):
    created_at_after (int | Unset):
    created_at_before (int | Unset):
    updated_at_after (int | Unset):
    updated_at_before (int | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    ContentSearchResponse | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.search_content_content_types_item import SearchContentContentTypesItem
from ...models.search_content_copilot_state import SearchContentCopilotState
from ...models.search_content_fin_sales_state import SearchContentFinSalesState
from ...models.search_content_fin_service_state import SearchContentFinServiceState
from ...models.search_content_folder_entity_type import SearchContentFolderEntityType
from ...models.search_content_states_item import SearchContentStatesItem
from ...models.search_content_tag_operator import SearchContentTagOperator
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.content_search_response import ContentSearchResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["per_page"] = per_page

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_locales: list[str] | Unset = UNSET
    if not isinstance(locales, Unset):
        json_locales = locales

    params["locales"] = json_locales

    json_tag_ids: list[int] | Unset = UNSET
    if not isinstance(tag_ids, Unset):
        json_tag_ids = tag_ids

    params["tag_ids"] = json_tag_ids

    json_tag_operator: str | Unset = UNSET
    if not isinstance(tag_operator, Unset):
        json_tag_operator = tag_operator.value

    params["tag_operator"] = json_tag_operator

    json_any_tag_ids: list[int] | Unset = UNSET
    if not isinstance(any_tag_ids, Unset):
        json_any_tag_ids = any_tag_ids

    params["any_tag_ids"] = json_any_tag_ids

    json_folder_ids: list[int] | Unset = UNSET
    if not isinstance(folder_ids, Unset):
        json_folder_ids = folder_ids

    params["folder_ids"] = json_folder_ids

    json_folder_entity_type: str | Unset = UNSET
    if not isinstance(folder_entity_type, Unset):
        json_folder_entity_type = folder_entity_type.value

    params["folder_entity_type"] = json_folder_entity_type

    json_content_types: list[str] | Unset = UNSET
    if not isinstance(content_types, Unset):
        json_content_types = []
        for content_types_item_data in content_types:
            content_types_item = content_types_item_data.value
            json_content_types.append(content_types_item)

    params["content_types"] = json_content_types

    json_copilot_state: str | Unset = UNSET
    if not isinstance(copilot_state, Unset):
        json_copilot_state = copilot_state.value

    params["copilot_state"] = json_copilot_state

    json_fin_service_state: str | Unset = UNSET
    if not isinstance(fin_service_state, Unset):
        json_fin_service_state = fin_service_state.value

    params["fin_service_state"] = json_fin_service_state

    json_fin_sales_state: str | Unset = UNSET
    if not isinstance(fin_sales_state, Unset):
        json_fin_sales_state = fin_sales_state.value

    params["fin_sales_state"] = json_fin_sales_state

    json_created_by_ids: list[int] | Unset = UNSET
    if not isinstance(created_by_ids, Unset):
        json_created_by_ids = created_by_ids

    params["created_by_ids"] = json_created_by_ids

    json_last_updated_by_ids: list[int] | Unset = UNSET
    if not isinstance(last_updated_by_ids, Unset):
        json_last_updated_by_ids = last_updated_by_ids

    params["last_updated_by_ids"] = json_last_updated_by_ids

    params["created_at_after"] = created_at_after

    params["created_at_before"] = created_at_before

    params["updated_at_after"] = updated_at_after

    params["updated_at_before"] = updated_at_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentSearchResponse | Error | None:
    if response.status_code == 200:
        from ...models.content_search_response import ContentSearchResponse

        response_200 = ContentSearchResponse.from_dict(response.json())

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
) -> Response[ContentSearchResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ContentSearchResponse | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ContentSearchResponse | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ContentSearchResponse | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ContentSearchResponse | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page=page,
            per_page=per_page,
            states=states,
            locales=locales,
            tag_ids=tag_ids,
            tag_operator=tag_operator,
            any_tag_ids=any_tag_ids,
            folder_ids=folder_ids,
            folder_entity_type=folder_entity_type,
            content_types=content_types,
            copilot_state=copilot_state,
            fin_service_state=fin_service_state,
            fin_sales_state=fin_sales_state,
            created_by_ids=created_by_ids,
            last_updated_by_ids=last_updated_by_ids,
            created_at_after=created_at_after,
            created_at_before=created_at_before,
            updated_at_after=updated_at_after,
            updated_at_before=updated_at_before,
            intercom_version=intercom_version,
        )
    ).parsed
