"""``client.call`` / ``client.generated`` / ``client.operation`` on endpoints of several versions."""

from __future__ import annotations

import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, Intercom
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client


def test_call_returns_parsed_models_across_versions(client: Intercom, wire: Log) -> None:
    from intercom_preview.api.contacts import list_contacts as preview_list
    from intercom_preview.api.contacts import show_contact as preview_show
    from intercom_v2_7.api.contacts import show_contact as v27_show

    page = client.call(preview_list, per_page=2)
    assert type(page).__module__ == "intercom_preview.models.contact_list"
    contact_id = page.data[0].id
    shown = client.call(v27_show.sync_detailed, id=contact_id)  # a function works as well as a module
    assert type(shown).__module__ == "intercom_v2_7.models.contact"
    assert shown.id == contact_id
    assert client.call(preview_show, id=contact_id).email == shown.email
    assert [e.headers["intercom-version"] for e in wire.exchanges] == ["Preview", "2.7", "Preview"]


def test_call_raises_typed_errors_where_generated_code_returns_models(client: Intercom) -> None:
    from intercom_v2_7.api.contacts import show_contact

    with pytest.raises(ic.NotFoundError) as info:
        client.call(show_contact, id="missing")
    assert info.value.codes == ["not_found"] and info.value.request_id
    # through the generated client the same error is raised too (the transport maps statuses)
    with pytest.raises(ic.NotFoundError):
        show_contact.sync_detailed(client=client.generated, id="missing")


def test_generated_client_uses_the_facade_http_client(client: Intercom, wire: Log) -> None:
    from intercom_v2_14.api.admins import identify_admin

    generated = client.generated
    assert generated.get_httpx_client() is client._http
    assert type(generated).__module__ == "intercom_v2_14.client"
    assert "sandbox-token" not in repr(generated)
    result = identify_admin.sync_detailed(client=generated)
    assert result.status_code == 200 and result.parsed is not None
    assert wire.exchanges[-1].headers["authorization"] == "Bearer sandbox-token"


def test_preview_client_generated_and_operation(sandbox: SandboxHandle) -> None:
    wire = Log()
    client, http = make_client(sandbox, wire, [], version="0")
    with http, client:
        assert client.api.__name__ == "intercom_preview" and client.api.INTERCOM_VERSION == "Preview"
        module = client.operation("GET /contacts/{id}")
        assert module.__name__ == "intercom_preview.api.contacts.show_contact"
        contact_id = client.call(client.operation("GET /contacts"), per_page=1).data[0].id
        assert client.call(module, id=contact_id).id == contact_id
        with pytest.raises(ic.IntercomConfigError, match="not part of Intercom-Version Preview"):
            client.operation("GET /no/such/thing")
    assert {e.headers["intercom-version"] for e in wire.exchanges} == {"Preview"}


def test_call_empty_body_is_a_parse_error(
    client: Intercom, sandbox: SandboxHandle, sleeps: list[float]
) -> None:
    from intercom_v2_14.api.admins import identify_admin

    sandbox.inject("/me", "empty_body", times=3)
    with pytest.raises(ic.APIResponseParseError, match="empty body"):
        client.call(identify_admin)
    assert sleeps == [0.5, 1.0]  # a GET's empty 200 was retried first


def test_call_post_empty_body_is_not_retried(client: Intercom, sandbox: SandboxHandle, wire: Log) -> None:
    from intercom_v2_14.api.contacts import create_contact
    from intercom_v2_14.models import CreateContactRequest

    sandbox.inject("/contacts", "empty_body", method="POST")
    with pytest.raises(ic.APIResponseParseError):
        client.call(create_contact, body=CreateContactRequest.from_dict({"email": "e@example.com"}))
    assert len(wire) == 1


@pytest.mark.anyio
async def test_async_call_and_generated(aclient: AsyncIntercom, wire: Log) -> None:
    from intercom_v2_7.api.contacts import list_contacts, show_contact

    page = await aclient.call(list_contacts, per_page=3)
    assert len(page.data) == 3
    detailed = await show_contact.asyncio_detailed(client=aclient.generated, id=page.data[0].id)
    assert detailed.status_code == 200 and detailed.parsed.id == page.data[0].id
    with pytest.raises(ic.NotFoundError):
        await aclient.call(show_contact, id="missing")
    assert aclient.generated.get_async_httpx_client() is aclient._http
