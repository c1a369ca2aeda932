"""Search tickets

 You can search for multiple tickets by the value of their attributes in order to fetch exactly which
ones you want.

To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.

This will accept a query object in the body which will define your filters.
{% admonition type="warning" name="Optimizing search queries" %}
  Search queries can be complex, so optimizing them can help the performance of your search.
  Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
utilize
  pagination to limit the number of results returned. The default is `20` results per page.
  See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
`starting_after` param.
{% /admonition %}

### Nesting & Limitations

You can nest these filters in order to get even more granular insights that pinpoint exactly what
you need. Example: (1 OR 2) AND (3 OR 4).
There are some limitations to the amount of multiples there can be:
- There's a limit of max 2 nested filters
- There's a limit of max 15 filters for each AND or OR group

### Accepted Fields

Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you
search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
accepts a date, the `value` cannot be a string such as `"foobar"`).

| Field                                     | Type
|
| :---------------------------------------- |
:--------------------------------------------------------------------------------------- |
| id                                        | String
|
| created_at                                | Date (UNIX timestamp)
|
| updated_at                                | Date (UNIX timestamp)
|
| title                           | String
|
| description                     | String
|
| category                                  | String
|
| ticket_type_id                            | String
|
| contact_ids                               | String
|
| teammate_ids                              | String
|
| admin_assignee_id                         | String
|
| team_assignee_id                          | String
|
| open                                      | Boolean
|
| state                                     | String
|
| snoozed_until                             | Date (UNIX timestamp)
|
| ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or
Integer                           |

### Accepted Operators

{% admonition type="info" name="Searching based on `created_at`" %}
  You may use the `<=` or `>=` operators to search by `created_at`.
{% /admonition %}

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
    TicketList
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
    from ...models.ticket_list import TicketList


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
        "url": "/tickets/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TicketList | None:
    if response.status_code == 200:
        from ...models.ticket_list import TicketList

        response_200 = TicketList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TicketList]:
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
) -> Response[TicketList]:
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
) -> TicketList | None:
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
) -> Response[TicketList]:
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
) -> TicketList | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
