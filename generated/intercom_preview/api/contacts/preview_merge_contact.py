"""Preview a contact merge

 Preview the result of merging one contact into another without applying the merge. This is a read-
only dry run: it reports whether the merge is allowed and, if so, exactly what would change,
**without modifying any data**.

Send the same `from` (a `lead`) and `into` (a `user`) contact IDs you would pass to [Merge a lead
and a user](/docs/references/preview/rest-api/api.intercom.io/contacts/mergecontact).

- When `allowed` is `true`, the response contains a `summary`: every attribute change (with the
resulting value on the surviving contact) and, for each object type, two counts — `from`, how many
are on the lead and would move to the user, and `into`, how many the user already has. Counts are
reported for conversations, tickets, phone calls, notes, and tags. `conversations` counts non-ticket
conversations only; tickets are reported separately under `tickets`, and `phone_calls` is present
only for phone-lead merges.
- When `allowed` is `false`, the response contains `reasons`. Each reason has a stable `code` you
can branch on and a human-readable `message` you can display.

{% admonition type="warning" name="Previewing non-duplicate contacts" %}
By default a merge requires the two contacts to share an identifier (email, phone, or external ID).
Set `skip_duplicate_validation` to `true` to preview a merge of contacts that don't — the same rule
the merge endpoint enforces.
{% /admonition %}

When `allowed` is `false`, `reasons[].code` is one of:

| code | meaning |
| --- | --- |
| `invalid_merge_role_pair` | The `from`/`into` roles aren't mergeable. `from` must be a lead and
`into` a user. |
| `no_shared_identifier` | The contacts share no email, phone, or external ID. Set
`skip_duplicate_validation` to preview anyway. |
| `facebook_user` | Facebook contacts can't be merged. |
| `external_lead_channel_not_allowed` | The source is an external-channel lead that isn't eligible
for merging. |
| `mailing_list` | Contacts created from a mailing list can't be merged. |

Args:
    intercom_version (str | Unset):  Default: the package's INTERCOM_VERSION.
    body (MergePreviewRequest | Unset): Preview a contact merge.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Error | MergePreviewAllowed | MergePreviewBlocked
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import INTERCOM_VERSION, errors
from ...models.merge_preview_request import MergePreviewRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

    # The response models: imported where each response is parsed, so building a request does not.
    from ...models.error import Error
    from ...models.merge_preview_allowed import MergePreviewAllowed
    from ...models.merge_preview_blocked import MergePreviewBlocked


def _get_kwargs(
    *,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = intercom_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/merge/preview",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MergePreviewAllowed | MergePreviewBlocked | None:
    if response.status_code == 200:
        from ...models.merge_preview_allowed import MergePreviewAllowed
        from ...models.merge_preview_blocked import MergePreviewBlocked

        def _parse_response_200(data: object) -> MergePreviewAllowed | MergePreviewBlocked:
            if not isinstance(data, dict):
                return cast(MergePreviewAllowed | MergePreviewBlocked, data)
            discriminator_value = data.get("allowed")
            if discriminator_value is True:
                componentsschemasmerge_preview_response_type_0 = MergePreviewAllowed.from_dict(data)

                return componentsschemasmerge_preview_response_type_0
            if discriminator_value is False:
                componentsschemasmerge_preview_response_type_1 = MergePreviewBlocked.from_dict(data)

                return componentsschemasmerge_preview_response_type_1
            # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
            return cast(MergePreviewAllowed | MergePreviewBlocked, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | MergePreviewAllowed | MergePreviewBlocked]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | MergePreviewAllowed | MergePreviewBlocked]:
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
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | MergePreviewAllowed | MergePreviewBlocked | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return sync_detailed(
        client=client,
        body=body,
        intercom_version=intercom_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Response[Error | MergePreviewAllowed | MergePreviewBlocked]:
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
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: str | Unset = INTERCOM_VERSION,
) -> Error | MergePreviewAllowed | MergePreviewBlocked | None:
    """The parsed response (None for an undocumented status); the operation is documented in the module docstring."""

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            intercom_version=intercom_version,
        )
    ).parsed
