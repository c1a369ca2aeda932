"""Search conversations

 You can search for multiple conversations by the value of their attributes in order to fetch exactly
which ones you want.

To search for conversations, you need to send a `POST` request to
`https://api.intercom.io/conversations/search`.

This will accept a query object in the body which will define your filters in order to search for
conversations.
{% admonition type="warning" name="Optimizing search queries" %}
  Search queries can be complex, so optimizing them can help the performance of your search.
  Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
utilize
  pagination to limit the number of results returned. The default is `20` results per page and
maximum is `150`.
  See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
`starting_after` param.
{% /admonition %}

### Nesting & Limitations

You can nest these filters in order to get even more granular insights that pinpoint exactly what
you need. Example: (1 OR 2) AND (3 OR 4).
There are some limitations to the amount of multiple's there can be:
- There's a limit of max 2 nested filters
- There's a limit of max 15 filters for each AND or OR group

### Accepted Fields

Most keys listed in the conversation model are searchable, whether writeable or not. The value you
search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
accepts a date, the `value` cannot be a string such as `"foorbar"`).
The `source.body` field is unique as the search will not be performed against the entire value, but
instead against every element of the value separately. For example, when searching for a
conversation with a `"I need support"` body - the query should contain a `=` operator with the value
`"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
value will not yield a result.

| Field                                     | Type
|
| :---------------------------------------- | :-----------------------------------------------------
------------------------------------------------------------------------------------------------ |
| id                                        | String
|
| created_at                                | Date (UNIX timestamp)
|
| updated_at                                | Date (UNIX timestamp)
|
| source.type                               | String<br>Accepted fields are `conversation`, `email`,
`facebook`, `instagram`, `phone_call`, `phone_switch`, `push`, `sms`, `twitter` and `whatsapp`. |
| source.id                                 | String
|
| source.delivered_as                       | String
|
| source.subject                            | String
|
| source.body                               | String
|
| source.author.id                          | String
|
| source.author.type                        | String
|
| source.author.name                        | String
|
| source.author.email                       | String
|
| source.url                                | String
|
| contact_ids                               | String
|
| teammate_ids                              | String
|
| admin_assignee_id                         | Integer
|
| team_assignee_id                          | Integer
|
| channel_initiated                         | String
|
| open                                      | Boolean
|
| read                                      | Boolean
|
| state                                     | String
|
| waiting_since                             | Date (UNIX timestamp)
|
| snoozed_until                             | Date (UNIX timestamp)
|
| tag_ids                                   | String
|
| priority                                  | String
|
| statistics.time_to_assignment             | Integer
|
| statistics.time_to_admin_reply            | Integer
|
| statistics.time_to_first_close            | Integer
|
| statistics.time_to_last_close             | Integer
|
| statistics.median_time_to_reply           | Integer
|
| statistics.first_contact_reply_at         | Date (UNIX timestamp)
|
| statistics.first_assignment_at            | Date (UNIX timestamp)
|
| statistics.first_admin_reply_at           | Date (UNIX timestamp)
|
| statistics.first_close_at                 | Date (UNIX timestamp)
|
| statistics.last_assignment_at             | Date (UNIX timestamp)
|
| statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)
|
| statistics.last_contact_reply_at          | Date (UNIX timestamp)
|
| statistics.last_admin_reply_at            | Date (UNIX timestamp)
|
| statistics.last_close_at                  | Date (UNIX timestamp)
|
| statistics.last_closed_by_id              | String
|
| statistics.count_reopens                  | Integer
|
| statistics.count_assignments              | Integer
|
| statistics.count_conversation_parts       | Integer
|
| conversation_rating.requested_at          | Date (UNIX timestamp)
|
| conversation_rating.replied_at            | Date (UNIX timestamp)
|
| conversation_rating.score                 | Integer
|
| conversation_rating.remark                | String
|
| conversation_rating.contact_id            | String
|
| conversation_rating.admin_d               | String
|
| ai_agent_participated                     | Boolean
|
| ai_agent.resolution_state                 | String
|
| ai_agent.last_answer_type                 | String
|
| ai_agent.rating                           | Integer
|
| ai_agent.rating_remark                    | String
|
| ai_agent.source_type                      | String
|
| ai_agent.source_title                     | String
|

### Accepted Operators

The table below shows the operators you can use to define how you want to search for the value.  The
operator should be put in as a string (`"="`). The operator has to be compatible with the field's
type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
and dates).

| Operator | Valid Types                    | Description
|
| :------- | :----------------------------- |
:----------------------------------------------------------- |
| =        | All                            | Equals
|
| !=       | All                            | Doesn't Equal
|
| IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array
|
| NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in
Array |
| >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than
|
| <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than
|
| ~        | String                         | Contains
|
| !~       | String                         | Doesn't Contain
|
| ^        | String                         | Starts With
|
| $        | String                         | Ends With
|

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (SearchRequest | Unset): Search using Intercoms Search APIs.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    ConversationList
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.search_request import SearchRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.conversation_list import ConversationList


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationList | None:
    if response.status_code == 200:
        from ...models.conversation_list import ConversationList

        response_200 = ConversationList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConversationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ConversationList]:
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
    body: SearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ConversationList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[ConversationList]:
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
    body: SearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> ConversationList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
