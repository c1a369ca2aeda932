"""List all data events


> 🚧
>
> Please note that you can only 'list' events that are less than 90 days old. Event counts and
summaries will still include your events older than 90 days but you cannot 'list' these events
individually if they are older than 90 days

The events belonging to a customer can be listed by sending a GET request to
`https://api.intercom.io/events` with a user or lead identifier along with a `type` parameter. The
identifier parameter can be one of `user_id`, `email` or `intercom_user_id`. The `type` parameter
value must be `user`.

- `https://api.intercom.io/events?type=user&user_id={user_id}`
- `https://api.intercom.io/events?type=user&email={email}`
- `https://api.intercom.io/events?type=user&intercom_user_id={id}` (this call can be used to list
leads)

The `email` parameter value should be [url encoded](http://en.wikipedia.org/wiki/Percent-encoding)
when sending.

You can optionally define the result page size as well with the `per_page` parameter.

Args:
    filter_ (LisDataEventsEmailQueryParameter | LisDataEventsIntercomUserIdQueryParameter |
        LisDataEventsUserIdQueryParameter):
    type_ (str):
    summary (bool | Unset):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    DataEventSummary | Error
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.lis_data_events_email_query_parameter import LisDataEventsEmailQueryParameter
from ...models.lis_data_events_intercom_user_id_query_parameter import LisDataEventsIntercomUserIdQueryParameter
from ...models.lis_data_events_user_id_query_parameter import LisDataEventsUserIdQueryParameter
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.data_event_summary import DataEventSummary
    from ...models.error import Error


def _get_kwargs(
    *,
    filter_: LisDataEventsEmailQueryParameter
    | LisDataEventsIntercomUserIdQueryParameter
    | LisDataEventsUserIdQueryParameter,
    type_: str,
    summary: bool | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    params: dict[str, Any] = {}

    json_filter_: dict[str, Any]
    if isinstance(filter_, LisDataEventsUserIdQueryParameter) or isinstance(
        filter_, LisDataEventsIntercomUserIdQueryParameter
    ):
        json_filter_ = filter_.to_dict()
    else:
        json_filter_ = filter_.to_dict()

    if isinstance(json_filter_, dict):
        params.update(json_filter_)
    else:
        params["filter"] = json_filter_

    params["type"] = type_

    params["summary"] = summary

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataEventSummary | Error | None:
    if response.status_code == 200:
        from ...models.data_event_summary import DataEventSummary

        response_200 = DataEventSummary.from_dict(response.json())

        return response_200

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
) -> Response[DataEventSummary | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: LisDataEventsEmailQueryParameter
    | LisDataEventsIntercomUserIdQueryParameter
    | LisDataEventsUserIdQueryParameter,
    type_: str,
    summary: bool | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataEventSummary | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        filter_=filter_,
        type_=type_,
        summary=summary,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: LisDataEventsEmailQueryParameter
    | LisDataEventsIntercomUserIdQueryParameter
    | LisDataEventsUserIdQueryParameter,
    type_: str,
    summary: bool | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataEventSummary | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        filter_=filter_,
        type_=type_,
        summary=summary,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: LisDataEventsEmailQueryParameter
    | LisDataEventsIntercomUserIdQueryParameter
    | LisDataEventsUserIdQueryParameter,
    type_: str,
    summary: bool | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[DataEventSummary | Error]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        filter_=filter_,
        type_=type_,
        summary=summary,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: LisDataEventsEmailQueryParameter
    | LisDataEventsIntercomUserIdQueryParameter
    | LisDataEventsUserIdQueryParameter,
    type_: str,
    summary: bool | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> DataEventSummary | Error | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            type_=type_,
            summary=summary,
            intercom_version=intercom_version,
        )
    ).parsed
