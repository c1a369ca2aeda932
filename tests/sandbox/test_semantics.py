"""Hand-written semantics over real HTTP: conversations started by contacts, data events, data attributes,
articles, admins and teams, archived and blocked contacts. Each answer is also checked against the
version's response schema."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator, response_errors

VALIDATOR = SpecValidator()


def _ok(response: httpx.Response, version: str = "2.14") -> Any:
    """The JSON of a 200 answer, after checking it against the version's response schema."""
    assert response.status_code == 200, response.text
    body = response.json()
    path = response.request.url.path
    errors = response_errors(VALIDATOR, version, response.request.method, path, body)
    assert errors == [], errors
    return body


def _contact(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    return dict(_ok(api.post("/contacts", json={"role": "user", **fields})))


def _search(api: httpx.Client, path: str, field: str, value: Any) -> list[str]:
    query = {"query": {"field": field, "operator": "=", "value": value}}
    body = _ok(api.post(path, json=query), api.headers["Intercom-Version"])
    items = body["data"] if "data" in body else body["conversations"]
    return [item["id"] for item in items]


def _walk(api: httpx.Client, path: str, key: str) -> list[str]:
    ids: list[str] = []
    params: dict[str, Any] = {"per_page": 150}
    while True:
        body = _ok(api.get(path, params=params), api.headers["Intercom-Version"])
        ids += [item["id"] for item in body[key]]
        following = (body.get("pages") or {}).get("next")
        if not following:
            return ids
        params = {"per_page": 150, "starting_after": following["starting_after"]}


# --- conversations ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["2.14", "2.16"])
def test_a_contact_starts_a_conversation(sandbox: SandboxHandle, version: str) -> None:
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = version
        contact = _contact(api, email="starter@example.com")
        message = _ok(
            api.post(
                "/conversations", json={"from": {"type": "user", "id": contact["id"]}, "body": "Hello there"}
            ),
            version,
        )
        assert message["type"] == "user_message" and message["body"] == "Hello there"
        assert message["message_type"] == "inapp"
        conversation = _ok(api.get(f"/conversations/{message['conversation_id']}"), version)
        assert conversation["state"] == "open"
        assert conversation["source"]["body"] == "Hello there"
        assert conversation["source"]["id"] == message["id"]
        assert [c["id"] for c in conversation["contacts"]["contacts"]] == [contact["id"]]
        assert message["conversation_id"] in _walk(api, "/conversations", "conversations")
        found = _search(api, "/conversations/search", "contact_ids", contact["id"])
        assert found == [message["conversation_id"]]


def test_a_conversation_needs_an_existing_contact_and_a_body(api: httpx.Client) -> None:
    missing = api.post("/conversations", json={"from": {"type": "user", "id": "0" * 24}, "body": "Hi"})
    assert missing.status_code == 404 and missing.json()["errors"][0]["message"] == "User Not Found"
    contact = _contact(api, email="quiet@example.com")
    no_body = api.post("/conversations", json={"from": {"type": "user", "id": contact["id"]}})
    assert no_body.status_code == 400


def test_an_email_conversation_keeps_its_subject(api: httpx.Client) -> None:
    contact = _contact(api, email="mailer@example.com")
    message = _ok(
        api.post(
            "/conversations",
            json={"from": {"type": "user", "id": contact["id"]}, "body": "Hi", "subject": "Invoice"},
        )
    )
    assert message["message_type"] == "email"
    assert api.get(f"/conversations/{message['conversation_id']}").json()["source"]["subject"] == "Invoice"


# --- data events -----------------------------------------------------------------------------------------


def test_events_are_stored_listed_and_summarised(sandbox: SandboxHandle, api: httpx.Client) -> None:
    contact = _contact(api, email="events@example.com", external_id="ev-1")
    now = int(sandbox.now())
    for name, at in (("placed-order", now - 10), ("placed-order", now - 5), ("invited-friend", now - 1)):
        sent = api.post("/events", json={"event_name": name, "created_at": at, "user_id": "ev-1"})
        assert sent.status_code == 202 and sent.content == b""
    old = api.post(
        "/events", json={"event_name": "placed-order", "created_at": now - 100 * 86400, "id": contact["id"]}
    )
    assert old.status_code == 202

    for query in ({"user_id": "ev-1"}, {"email": "events@example.com"}, {"intercom_user_id": contact["id"]}):
        listed = _ok(api.get("/events", params={"type": "user", **query}))
        assert [e["event_name"] for e in listed["events"]] == [
            "invited-friend",
            "placed-order",
            "placed-order",
        ]
        assert listed["intercom_user_id"] == contact["id"] and listed["user_id"] == "ev-1"

    summary = _ok(api.get("/events", params={"type": "user", "user_id": "ev-1", "summary": "true"}))
    counts = {e["name"]: e["count"] for e in summary["events"]}
    assert counts == {"invited-friend": 1, "placed-order": 3}  # summaries include events past 90 days

    added = api.post(
        "/events/summaries",
        json={
            "user_id": "ev-1",
            "event_summaries": {"event_name": "invited-friend", "count": 4, "first": now - 50, "last": now},
        },
    )
    assert added.status_code == 200
    summary = _ok(api.get("/events", params={"type": "user", "user_id": "ev-1", "summary": "true"}))
    assert {e["name"]: e["count"] for e in summary["events"]}["invited-friend"] == 5


def test_event_requests_are_checked(api: httpx.Client) -> None:
    assert api.post("/events", json={"event_name": "x", "user_id": "nobody-at-all"}).status_code == 404
    assert api.post("/events", json={"user_id": "ext-1"}).status_code == 400
    assert api.post("/events", json={"event_name": "x"}).status_code == 400
    assert api.get("/events", params={"type": "lead", "user_id": "ext-1"}).status_code == 400
    assert api.get("/events", params={"type": "user"}).status_code == 400
    assert (
        api.post(
            "/events/summaries", json={"user_id": "nobody-at-all", "event_summaries": {"event_name": "x"}}
        ).status_code
        == 404
    )


# --- data attributes -------------------------------------------------------------------------------------


def test_data_attributes_create_list_update(api: httpx.Client) -> None:
    companies = _ok(api.get("/data_attributes", params={"model": "company"}))["data"]
    assert companies and {a["model"] for a in companies} == {"company"}
    created = _ok(
        api.post(
            "/data_attributes",
            json={
                "name": "Mithril Shirt",
                "model": "contact",
                "data_type": "string",
                "description": "Armour",
            },
        )
    )
    assert created["full_name"] == "custom_attributes.Mithril Shirt" and created["custom"] is True
    contacts = _ok(api.get("/data_attributes", params={"model": "contact"}))["data"]
    assert created["id"] in [a.get("id") for a in contacts]
    assert created["id"] not in [
        a.get("id") for a in _ok(api.get("/data_attributes", params={"model": "company"}))["data"]
    ]

    updated = _ok(
        api.put(f"/data_attributes/{created['id']}", json={"description": "Light armour", "archived": True})
    )
    assert updated["description"] == "Light armour" and updated["archived"] is True
    listed = _ok(api.get("/data_attributes", params={"model": "contact"}))["data"]
    assert created["id"] not in [a.get("id") for a in listed]  # archived ones only with include_archived
    listed = _ok(api.get("/data_attributes", params={"model": "contact", "include_archived": "true"}))["data"]
    assert created["id"] in [a.get("id") for a in listed]


def test_data_attribute_checks_use_the_spec_messages(api: httpx.Client) -> None:
    def refused(body: dict[str, Any]) -> str:
        response = api.post("/data_attributes", json=body)
        assert response.status_code == 400, response.text
        return str(response.json()["errors"][0]["message"])

    _ok(
        api.post("/data_attributes", json={"name": "Sandbox Ring", "model": "company", "data_type": "string"})
    )
    assert refused({"name": "Sandbox Ring", "model": "company", "data_type": "string"}).startswith(
        "You already have 'Sandbox Ring' in your company data. To save this as new company data"
    )
    assert "new people data" in refused({"name": "Sandbox Ring", "model": "contact", "data_type": "string"})
    assert refused({"name": "bad/name!", "model": "contact", "data_type": "string"}).startswith(
        "Your name for this attribute must only contain"
    )
    assert refused(
        {"name": "Sizes", "model": "contact", "data_type": "options", "options": [{"value": "S"}]}
    ) == ("Options isn't an array")
    sizes = _ok(
        api.post(
            "/data_attributes",
            json={
                "name": "Sizes",
                "model": "contact",
                "data_type": "options",
                "options": [{"value": "S"}, {"value": "M"}],
            },
        )
    )
    assert sizes["data_type"] == "string" and sizes["options"] == ["S", "M"]  # the spec's example shape
    resized = _ok(
        api.put(f"/data_attributes/{sizes['id']}", json={"options": [{"value": "S"}, {"value": "L"}]})
    )
    assert resized["options"] == ["S", "L"]
    assert (
        _ok(
            api.post(
                "/data_attributes", json={"name": "Renewal", "model": "company", "data_type": "datetime"}
            )
        )["data_type"]
        == "date"
    )
    missing = api.put("/data_attributes/999999", json={"description": "x"})
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "field_not_found"


# --- articles --------------------------------------------------------------------------------------------


def test_articles_create_update_delete_in_list_and_search(api: httpx.Client) -> None:
    admin_id = int(api.get("/me").json()["id"])
    created = _ok(
        api.post(
            "/articles",
            json={
                "title": "Sandbox Mithril Guide",
                "body": "<p>Light</p>",
                "author_id": admin_id,
                "state": "published",
            },
        )
    )
    assert created["state"] == "published" and created["author_id"] == admin_id
    path = f"/articles/{created['id']}"
    assert _ok(api.get(path))["title"] == "Sandbox Mithril Guide"
    pages = _ok(api.get("/articles", params={"per_page": 150}))
    assert created["id"] in [a["id"] for a in pages["data"]]

    found = _ok(api.get("/articles/search", params={"phrase": "mithril", "highlight": "true"}))
    assert [a["id"] for a in found["data"]["articles"]] == [created["id"]] and found["total_count"] == 1
    chunks = found["data"]["highlights"][0]["highlighted_title"]
    assert {"type": "highlight", "text": "Mithril"} in chunks
    assert (
        _ok(api.get("/articles/search", params={"phrase": "mithril", "state": "draft"}))["total_count"] == 0
    )

    updated = _ok(api.put(path, json={"title": "Sandbox Adamant Guide", "state": "draft"}))
    assert updated["title"] == "Sandbox Adamant Guide" and updated["state"] == "draft"
    assert _ok(api.get("/articles/search", params={"phrase": "mithril"}))["total_count"] == 0
    assert (
        _ok(api.get("/articles/search", params={"phrase": "adamant", "state": "draft"}))["total_count"] == 1
    )

    assert _ok(api.delete(path)) == {"id": created["id"], "object": "article", "deleted": True}
    assert api.get(path).status_code == 404
    assert created["id"] not in [a["id"] for a in _ok(api.get("/articles", params={"per_page": 150}))["data"]]
    assert _ok(api.get("/articles/search", params={"phrase": "adamant"}))["total_count"] == 0


def test_article_author_must_be_a_teammate(api: httpx.Client) -> None:
    refused = api.post("/articles", json={"title": "Nobody wrote this", "author_id": 1})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "author_id"


# --- admins and teams ------------------------------------------------------------------------------------


def test_admins_away_mode_and_teams(api: httpx.Client) -> None:
    admins = _ok(api.get("/admins"))["admins"]
    first = admins[0]
    assert _ok(api.get(f"/admins/{first['id']}"))["email"] == first["email"]
    away = _ok(
        api.put(f"/admins/{first['id']}/away", json={"away_mode_enabled": True, "away_mode_reassign": True})
    )
    assert away["away_mode_enabled"] is True and away["away_mode_reassign"] is True
    assert _ok(api.get(f"/admins/{first['id']}"))["away_mode_enabled"] is True
    back = _ok(
        api.put(f"/admins/{first['id']}/away", json={"away_mode_enabled": False, "away_mode_reassign": False})
    )
    assert back["away_mode_enabled"] is False

    teams = _ok(api.get("/teams"))["teams"]
    assert teams
    team = _ok(api.get(f"/teams/{teams[0]['id']}"))
    members = {str(i) for i in team["admin_ids"]}
    for admin in admins:
        assert (str(admin["id"]) in members) == (int(team["id"]) in admin["team_ids"])
    assert api.get("/teams/424242").json()["errors"][0]["code"] == "team_not_found"
    assert api.get("/admins/424242").json()["errors"][0]["code"] == "admin_not_found"


# --- archived and blocked contacts -----------------------------------------------------------------------


def test_archived_contacts_leave_lists_and_searches_until_unarchived(api: httpx.Client) -> None:
    contact = _contact(api, email="archived@example.com")
    assert contact["id"] in _walk(api, "/contacts", "data")
    _ok(api.post(f"/contacts/{contact['id']}/archive"))
    assert contact["id"] not in _walk(api, "/contacts", "data")
    assert _search(api, "/contacts/search", "email", "archived@example.com") == []
    assert _ok(api.get(f"/contacts/{contact['id']}"))["id"] == contact["id"]  # still found by id
    _ok(api.post(f"/contacts/{contact['id']}/unarchive"))
    assert contact["id"] in _walk(api, "/contacts", "data")
    assert _search(api, "/contacts/search", "email", "archived@example.com") == [contact["id"]]


def test_blocking_a_contact_archives_its_conversations(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = "2.16"
        contact = _contact(api, email="spammer@example.com")
        message = _ok(
            api.post("/conversations", json={"from": {"type": "user", "id": contact["id"]}, "body": "Buy"}),
            "2.16",
        )
        _ok(api.post(f"/contacts/{contact['id']}/block"), "2.16")
        conversation = api.get(f"/conversations/{message['conversation_id']}").json()
        assert conversation["state"] == "closed" and conversation["open"] is False
        assert contact["id"] in _walk(api, "/contacts", "data")  # still listed (docs/sandbox.md)


# --- segments and subscriptions --------------------------------------------------------------------------


def test_segments_follow_the_contacts(api: httpx.Client) -> None:
    segments = {s["name"]: s for s in _ok(api.get("/segments", params={"include_count": "true"}))["segments"]}
    leads, users = segments["All leads"], segments["All users"]
    lead = _contact(api, role="lead", email="segment-lead@example.com")
    assert [s["id"] for s in _ok(api.get(f"/contacts/{lead['id']}/segments"))["data"]] == [leads["id"]]
    assert _ok(api.get(f"/segments/{leads['id']}"))["count"] == leads["count"] + 1
    assert _ok(api.get(f"/segments/{users['id']}"))["count"] == users["count"]
    _ok(api.put(f"/contacts/{lead['id']}", json={"role": "user"}))
    assert [s["id"] for s in _ok(api.get(f"/contacts/{lead['id']}/segments"))["data"]] == [users["id"]]
    assert api.get("/segments/nope").status_code == 404


def test_subscriptions_attach_and_detach(api: httpx.Client) -> None:
    kinds = {t["consent_type"]: t for t in _ok(api.get("/subscription_types"))["data"]}
    contact = _contact(api, email="subscriber@example.com")
    path = f"/contacts/{contact['id']}/subscriptions"
    assert _ok(api.get(path))["data"] == []  # only subscriptions the contact configured
    attached = _ok(api.post(path, json={"id": kinds["opt_in"]["id"], "consent_type": "opt_in"}))
    assert attached["id"] == kinds["opt_in"]["id"]
    _ok(api.post(path, json={"id": kinds["opt_out"]["id"], "consent_type": "opt_out"}))
    assert sorted(s["id"] for s in _ok(api.get(path))["data"]) == sorted(t["id"] for t in kinds.values())
    shown = _ok(api.get(f"/contacts/{contact['id']}"))
    assert [s["id"] for s in shown["opted_in_subscription_types"]["data"]] == [kinds["opt_in"]["id"]]
    assert [s["id"] for s in shown["opted_out_subscription_types"]["data"]] == [kinds["opt_out"]["id"]]

    wrong = api.post(path, json={"id": kinds["opt_in"]["id"], "consent_type": "opt_out"})
    assert wrong.status_code == 400
    assert _ok(api.delete(f"{path}/{kinds['opt_in']['id']}"))["id"] == kinds["opt_in"]["id"]
    assert [s["id"] for s in _ok(api.get(path))["data"]] == [kinds["opt_out"]["id"]]
    assert api.delete(f"{path}/{kinds['opt_in']['id']}").status_code == 404
    assert api.post(path, json={"id": "999", "consent_type": "opt_in"}).status_code == 404


# --- ticket types ----------------------------------------------------------------------------------------


def test_ticket_types_and_attributes(api: httpx.Client) -> None:
    seeded = _ok(api.get("/ticket_types"))["data"]
    assert seeded and all(t["ticket_type_attributes"]["data"] for t in seeded)
    created = _ok(api.post("/ticket_types", json={"name": "Refund", "category": "Back-office"}))
    assert created["category"] == "Back-office"
    assert created["id"] in [t["id"] for t in _ok(api.get("/ticket_types"))["data"]]
    assert api.post("/ticket_types", json={"name": "Refund"}).status_code == 400

    path = f"/ticket_types/{created['id']}"
    attribute = _ok(
        api.post(
            f"{path}/attributes", json={"name": "Amount", "description": "How much", "data_type": "decimal"}
        )
    )
    assert attribute["ticket_type_id"] == int(created["id"]) and attribute["data_type"] == "decimal"
    changed = _ok(api.put(f"{path}/attributes/{attribute['id']}", json={"required_to_create": True}))
    assert changed["required_to_create"] is True
    names = [a["name"] for a in _ok(api.get(path))["ticket_type_attributes"]["data"]]
    assert names == ["_default_title_", "_default_description_", "Amount"]
    assert _ok(api.put(path, json={"archived": True}))["archived"] is True
    assert api.get("/ticket_types/424242").status_code == 404

    contact = api.get("/contacts").json()["data"][0]
    job = api.post(
        "/tickets/enqueue",
        json={
            "ticket_type_id": created["id"],
            "contacts": [{"id": contact["id"]}],
            "ticket_attributes": {"_default_title_": "Refund me"},
        },
    )
    assert job.status_code == 200, job.text  # a created type is usable at once


# --- help center -----------------------------------------------------------------------------------------


def test_help_center_collections_hold_the_articles(api: httpx.Client) -> None:
    centers = _ok(api.get("/help_center/help_centers"))["data"]
    assert (
        len(centers) == 1
        and _ok(api.get(f"/help_center/help_centers/{centers[0]['id']}"))["id"] == centers[0]["id"]
    )
    collections = _ok(api.get("/help_center/collections"))["data"]
    ids = {c["id"] for c in collections}
    parents = {str(a["parent_id"]) for a in _ok(api.get("/articles", params={"per_page": 150}))["data"]}
    assert parents <= ids
    assert {c["help_center_id"] for c in collections} == {int(centers[0]["id"])}

    created = _ok(api.post("/help_center/collections", json={"name": "Sandbox recipes"}))
    path = f"/help_center/collections/{created['id']}"
    assert _ok(api.get(path))["name"] == "Sandbox recipes"
    assert _ok(api.put(path, json={"name": "Sandbox cookbook"}))["name"] == "Sandbox cookbook"
    assert created["id"] in {c["id"] for c in _ok(api.get("/help_center/collections"))["data"]}
    assert _ok(api.delete(path))["deleted"] is True
    assert api.get(path).status_code == 404
