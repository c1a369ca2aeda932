"""Search companies

 You can search for companies by the value of their attributes in order to fetch exactly the
companies you want.

To search for companies, send a `POST` request to `https://api.intercom.io/companies/search`, with a
query object in the body defining your filters.

Note that the API does not include companies who have no associated users in search results.

{% admonition type="warning" name="Optimizing search queries" %}
  Search queries can be complex, so optimizing them can help the performance of your search.
  Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
utilize
  pagination to limit the number of results returned. The default is `15` results per page.
  See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
`starting_after` param.
{% /admonition %}

### Nesting & Limitations

You can nest these filters in order to get even more granular insights that pinpoint exactly what
you need. Example: (1 OR 2) AND (3 OR 4).
There are some limitations to the amount of multiple's there can be:
* There's a limit of max 2 nested filters
* There's a limit of max 15 filters for each AND or OR group

### Accepted Fields

Most keys listed as part of the Companies Model are searchable. The value you search for has to
match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the
`value` cannot be a string such as `"foobar"`).

| Field                              | Type                           |
| ---------------------------------- | ------------------------------ |
| company_id                         | String                         |
| name                               | String                         |
| created_at                         | Date (UNIX Timestamp)          |
| updated_at                         | Date (UNIX Timestamp)          |
| remote_created_at                  | Date (UNIX Timestamp)          |
| last_request_at                    | Date (UNIX Timestamp)          |
| monthly_spend                      | Integer                        |
| session_count                      | Integer                        |
| user_count                         | Integer                        |
| tag_id                             | String                         |
| custom_attributes.{attribute_name} | String                         |

The `plan.id` and `plan.name` fields are not searchable and return a `400` error with code
`invalid_field`.

### Accepted Operators

The table below shows the operators you can use to define how you want to search for the value. The
operator should be put in as a string (`"="`). The operator has to be compatible with the field's
type (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
and dates). Searching by `tag_id` supports only the `=` and `!=` operators. The `IN` and `NIN`
operators are not supported for Date fields.

| Operator | Valid Types                      | Description
|
| :------- | :------------------------------- |
:--------------------------------------------------------------- |
| =        | All                              | Equals
|
| !=       | All                              | Doesn't Equal
|
| IN       | All except Date and tag_id       | In<br>Shortcut for `OR` queries<br>Values must be in
Array       |
| NIN      | All except Date and tag_id       | Not In<br>Shortcut for `OR !` queries<br>Values must
be in Array |
| >        | Integer<br>Date (UNIX Timestamp) | Greater than
|
| <       | Integer<br>Date (UNIX Timestamp) | Lower than
|
| ~        | String                           | Contains
|
| !~       | String                           | Doesn't Contain
|
| ^        | String                           | Starts With
|
| $        | String                           | Ends With
|

### Sorting

Pass an optional `sort` object with a `field` and an `order` (`ascending` or `descending`; defaults
to `descending`) to order the results. An invalid `order` returns a `400` error with code
`invalid_sort_order`. `tag_id` can be used as a filter but not as a sort field.

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (CompanySearchRequest | Unset): Search for companies using Intercom's Search API.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    CompanyList | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.company_search_request import CompanySearchRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.company_list import CompanyList
    from ...models.error import Error


def _get_kwargs(
    *,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompanyList | Error | None:
    if response.status_code == 200:
        from ...models.company_list import CompanyList

        response_200 = CompanyList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CompanyList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompanyList | Error]:
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
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompanyList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[CompanyList | Error]:
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
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> CompanyList | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
