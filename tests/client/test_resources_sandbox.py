"""Typed resource methods over real HTTP against the sandbox: a representative set of operations.

Each call goes through the generated endpoint's ``_get_kwargs`` and ``_parse_response``; the wire log
shows what was sent (path, method, version header).
"""

from __future__ import annotations

import time

import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, Intercom
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client


def test_admins_contacts_and_errors(client: Intercom, wire: Log) -> None:
    me = client.admins.identify()
    assert me.id and type(me).__name__ == "AdminWithApp"
    contacts = client.contacts.list(per_page=5, max_items=7).to_list()
    assert len(contacts) == 7 and {type(c).__name__ for c in contacts} == {"Contact"}
    shown = client.contacts.get(contacts[0].id)
    assert (shown.id, shown.email) == (contacts[0].id, contacts[0].email)
    with pytest.raises(ic.NotFoundError):
        client.contacts.get("no-such-contact")
    assert wire.paths()[:4] == [
        "GET /me",
        "GET /contacts?per_page=5",
        "GET /contacts?per_page=5&starting_after=" + wire.exchanges[2].path.split("starting_after=")[1],
        f"GET /contacts/{contacts[0].id}",
    ]
    assert {e.headers["intercom-version"] for e in wire.exchanges} == {"2.14"}


def test_create_then_get_and_search(client: Intercom) -> None:
    email = f"typed-{time.time_ns()}@example.com"
    created = client.contacts.create(email=email, role="user", name="Typed Resource")
    assert created.email == email and created.id
    assert client.contacts.get(created.id).name == "Typed Resource"
    query = {"field": "email", "operator": "=", "value": email}
    found = client.contacts.search(query, per_page=10).to_list()
    assert [c.id for c in found] == [created.id]


def test_companies_every_list_style(client: Intercom, sandbox: SandboxHandle) -> None:
    total = sandbox.state()["counts"]["companies"]
    listed = client.companies.list(per_page=50).to_list()
    scrolled = client.companies.scroll().to_list()
    assert len(listed) == len(scrolled) == total
    assert {c.id for c in listed} == {c.id for c in scrolled}
    one = client.companies.get(listed[0].id)
    assert one.id == listed[0].id and type(one).__name__ == "Company"


def test_conversations_tickets_tags_articles_notes(client: Intercom) -> None:
    conversations = client.conversations.list(per_page=5, max_items=5).to_list()
    assert conversations and client.conversations.get(conversations[0].id).id == conversations[0].id
    open_tickets = {"field": "open", "operator": "=", "value": True}
    tickets = client.tickets.search(open_tickets, per_page=5, max_items=5).to_list()
    assert all(t.id for t in tickets)
    tags = client.tags.list()
    assert tags.data and client.tags.get(tags.data[0].id).id == tags.data[0].id
    articles = client.articles.list(max_items=3).to_list()
    assert articles and client.articles.get(articles[0].id).id == articles[0].id
    contact = client.contacts.list(max_items=1).to_list()[0]
    for note in client.notes.list(contact.id):
        assert client.notes.get(note.id).id == note.id


def test_the_path_parameter_name_is_the_same_where_the_wire_name_differs(
    sandbox: SandboxHandle, wire: Log
) -> None:
    for version in ("2.10", "2.11"):
        client, http = make_client(sandbox, wire, [], version=version)
        with http, client:
            first = client.contacts.list(max_items=1).to_list()[0]
            assert client.contacts.get(contact_id=first.id).id == first.id
    assert [e.headers["intercom-version"] for e in wire.exchanges] == ["2.10", "2.10", "2.11", "2.11"]


def test_data_export_through_its_generated_methods(client: Intercom) -> None:
    job = client.data_export.create(created_at_after=1_700_000_000, created_at_before=1_700_086_400)
    assert job.job_identifier and job.status
    again = client.data_export.get(job.job_identifier)
    assert again.job_identifier == job.job_identifier


def test_with_raw_response_over_http(client: Intercom) -> None:
    raw = client.admins.with_raw_response.identify()
    assert raw.status_code == 200 and raw.request_id and raw.parse().id


@pytest.mark.anyio
async def test_async_resources(sandbox: SandboxHandle) -> None:
    async with AsyncIntercom(token=sandbox.token, base_url=sandbox.url, version="Preview") as client:
        first = [c async for c in client.contacts.list(per_page=3, max_items=3)]
        assert len(first) == 3
        shown = await client.contacts.get(first[0].id)
        assert shown.id == first[0].id and type(shown).__module__.startswith("intercom_preview.")
        users = {"field": "role", "operator": "=", "value": "user"}
        assert [c async for c in client.contacts.search(users, per_page=2, max_items=4)]
