"""Update a team's members

 You can replace the set of teammates who belong to a team. Send the full list of
teammates the team should end up with — any teammate currently on the team and
missing from the list is removed. This makes the endpoint safe to call on a
schedule to keep Intercom in step with an external rota or workforce management
system, since sending an unchanged list makes no changes at all.

A token that acts on behalf of a teammate carries that teammate's permissions:
they must be able to manage teams, and any team or teammate their access is
restricted from remains out of reach here.

Args:
    id (str):
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (UpdateTeamMembersRequest | Unset): The request payload for updating a team's
        membership.
        `admin_ids` is the complete set of teammates who should be on the team once
        the request completes, not a list of changes to apply. Any teammate currently
        on the team but absent from `admin_ids` is removed.

        The team's members and their priority levels are the only parts of a team this
        endpoint writes, and the request is read from the body: a parameter sent in the
        query string is rejected rather than applied. A team read from the API can be sent
        back whole, since the other fields of the representation are accepted as long as
        they are unchanged. Trying to change one of them returns a 400 rather than being
        ignored, as does any field a team does not have.

        `admin_priority_level` sets which teammates take work first. It is optional, and
        names only the teammates whose level the request is setting: a teammate it leaves
        out keeps the level they already have, and one joining the team without a level
        named becomes a primary member. A level named for a teammate the request removes is
        ignored, so a team read from the API can still be sent back whole with only
        `admin_ids` changed.

        Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
        naming the same id at both levels, unless the team really does hold that teammate
        at both: a read reports that shape, and sending it back settles them at a single
        level rather than being refused.

        Only a team whose `distribution_method` is `load_balanced` can have secondary
        members, so `secondary_admin_ids` returns a 400 on any other team.
        `primary_admin_ids` is accepted on every team, but a team that does not balance
        assignment does not report `admin_priority_level` back and does not use the levels
        to decide who work goes to.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | Team
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.update_team_members_request import UpdateTeamMembersRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.team import Team


def _get_kwargs(
    id: str,
    *,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/teams/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Team | None:
    if response.status_code == 200:
        from ...models.team import Team

        response_200 = Team.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.error import Error

        response_400 = Error.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Team]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Team]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Team | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | Team]:
    """The full response (status, headers, content and `parsed`); the operation is documented in the module docstring."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | Team | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
