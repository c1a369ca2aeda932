"""Hand-written semantics over real HTTP: the contact lifecycle, seed 003's company flows, conversations
(reply, close, assign), tags everywhere, and the generic engine's stateful collections."""

from __future__ import annotations

from typing import Any

import httpx

from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator, response_errors


def _conforms(method: str, path: str, body: Any, version: str = "2.14") -> list[str]:
    return response_errors(SpecValidator(), version, method, path, body)


def _new_contact(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = api.post("/contacts", json={"role": "user", **fields})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_update_then_delete_contact(api: httpx.Client) -> None:
    contact = _new_contact(api, email="ada@example.com")
    path = f"/contacts/{contact['id']}"
    updated = api.put(path, json={"name": "Ada", "custom_attributes": {"plan": "pro"}})
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "Ada" and updated.json()["custom_attributes"]["plan"] == "pro"
    assert api.get(path).json()["name"] == "Ada"
    taken = _new_contact(api, email="bob@example.com")
    assert api.put(f"/contacts/{taken['id']}", json={"email": "ada@example.com"}).status_code == 409
    deleted = api.delete(path)
    assert deleted.json() == {"type": "contact", "id": contact["id"], "external_id": None, "deleted": True}
    assert api.get(path).status_code == 404


def test_archive_unarchive_and_find_by_external_id(api: httpx.Client) -> None:
    contact = _new_contact(api, external_id="sandbox-unique-42")
    archived = api.post(f"/contacts/{contact['id']}/archive").json()
    assert archived == {
        "type": "contact",
        "id": contact["id"],
        "external_id": "sandbox-unique-42",
        "archived": True,
    }
    assert api.post(f"/contacts/{contact['id']}/unarchive").json()["archived"] is False
    found = api.get("/contacts/find_by_external_id/sandbox-unique-42")
    assert found.status_code == 200 and found.json()["id"] == contact["id"]
    assert api.get("/contacts/find_by_external_id/nobody").status_code == 404


def test_block_contact_in_2_16(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = "2.16"
        contact = _new_contact(api, email="spam@example.com")
        blocked = api.post(f"/contacts/{contact['id']}/block")
    assert blocked.status_code == 200, blocked.text
    assert blocked.json()["id"] == contact["id"]


def test_merge_lead_into_user(api: httpx.Client) -> None:
    lead = _new_contact(api, role="lead", phone="+15550100")
    user = _new_contact(api, email="user@example.com")
    tag_id = api.get("/tags").json()["data"][0]["id"]
    api.post(f"/contacts/{lead['id']}/tags", json={"id": tag_id})
    merged = api.post("/contacts/merge", json={"from": lead["id"], "into": user["id"]})
    assert merged.status_code == 200, merged.text
    assert merged.json()["id"] == user["id"] and merged.json()["phone"] == "+15550100"
    assert tag_id in [t["id"] for t in api.get(f"/contacts/{user['id']}/tags").json()["data"]]
    assert api.get(f"/contacts/{lead['id']}").status_code == 404
    assert api.post("/contacts/merge", json={"from": user["id"], "into": user["id"]}).status_code == 400


def test_seed_003_company_flows(api: httpx.Client) -> None:
    """Attach a company to a contact, list the contact's companies and the company's contacts, detach."""
    contact = _new_contact(api, email="carol@example.com")
    company = api.get("/companies").json()["data"][0]
    attached = api.post(f"/contacts/{contact['id']}/companies", json={"id": company["id"]})
    assert attached.status_code == 200, attached.text
    assert attached.json()["type"] == "company" and attached.json()["id"] == company["id"]
    assert attached.json()["user_count"] == company["user_count"] + 1
    listed = api.get(f"/contacts/{contact['id']}/companies").json()
    assert [c["id"] for c in listed["data"]] == [company["id"]]
    members = api.get(f"/companies/{company['id']}/contacts").json()
    assert contact["id"] in [c["id"] for c in members["data"]]
    assert members["pages"]["per_page"] == 50
    assert _conforms("GET", f"/companies/{company['id']}/contacts", members) == []
    detached = api.delete(f"/contacts/{contact['id']}/companies/{company['id']}")
    assert detached.status_code == 200
    assert api.get(f"/contacts/{contact['id']}/companies").json()["data"] == []
    assert api.post(f"/contacts/{contact['id']}/companies", json={"id": "nope"}).status_code == 404


def test_contact_tags_and_notes(api: httpx.Client) -> None:
    contact = _new_contact(api, email="dan@example.com")
    tag = api.get("/tags").json()["data"][0]
    applied = api.post(f"/contacts/{contact['id']}/tags", json={"id": tag["id"]}).json()
    assert applied["id"] == tag["id"] and applied["applied_by"]["type"] == "admin"
    assert [t["id"] for t in api.get(f"/contacts/{contact['id']}").json()["tags"]["data"]] == [tag["id"]]
    assert api.delete(f"/contacts/{contact['id']}/tags/{tag['id']}").status_code == 200
    assert api.get(f"/contacts/{contact['id']}/tags").json()["data"] == []
    note = api.post(f"/contacts/{contact['id']}/notes", json={"body": "<p>Hi</p>"}).json()
    assert note["type"] == "note" and note["body"] == "<p>Hi</p>"
    assert api.get(f"/notes/{note['id']}").json()["id"] == note["id"]
    assert [n["id"] for n in api.get(f"/contacts/{contact['id']}/notes").json()["data"]] == [note["id"]]


def test_conversation_reply_close_assign(api: httpx.Client) -> None:
    conversation = api.get("/conversations").json()["conversations"][0]
    path = f"/conversations/{conversation['id']}"
    before = api.get(path).json()["conversation_parts"]["total_count"]
    admin_id = api.get("/me").json()["id"]
    replied = api.post(
        f"{path}/reply",
        json={"message_type": "comment", "type": "admin", "admin_id": admin_id, "body": "Hello"},
    )
    assert replied.status_code == 200, replied.text
    parts = replied.json()["conversation_parts"]
    assert parts["total_count"] == before + 1 and parts["conversation_parts"][-1]["body"] == "Hello"
    closed = api.post(f"{path}/parts", json={"message_type": "close", "type": "admin", "admin_id": admin_id})
    assert closed.status_code == 200, closed.text
    assert closed.json()["state"] == "closed" and closed.json()["open"] is False
    assigned = api.post(
        f"{path}/parts",
        json={"message_type": "assignment", "type": "admin", "admin_id": admin_id, "assignee_id": admin_id},
    ).json()
    assert str(assigned["admin_assignee_id"]) == admin_id
    assert api.get(path).json()["conversation_parts"]["total_count"] == before + 3


def test_tags_on_conversations_and_companies(api: httpx.Client) -> None:
    admin_id = api.get("/me").json()["id"]
    created = api.post("/tags", json={"name": "VIP"})
    assert created.status_code == 200 and created.json()["name"] == "VIP"
    tag_id = created.json()["id"]
    conversation_id = api.get("/conversations").json()["conversations"][0]["id"]
    assert (
        api.post(
            f"/conversations/{conversation_id}/tags", json={"id": tag_id, "admin_id": admin_id}
        ).status_code
        == 200
    )
    assert tag_id in [t["id"] for t in api.get(f"/conversations/{conversation_id}").json()["tags"]["tags"]]
    company = api.get("/companies").json()["data"][0]
    assert (
        api.post("/tags", json={"name": "VIP", "companies": [{"id": company["id"]}]}).json()["id"] == tag_id
    )
    assert tag_id in [t["id"] for t in api.get(f"/companies/{company['id']}").json()["tags"]["tags"]]
    assert api.delete(f"/tags/{tag_id}").status_code == 200
    assert api.get(f"/tags/{tag_id}").status_code == 404
    assert tag_id not in [t["id"] for t in api.get(f"/companies/{company['id']}").json()["tags"]["tags"]]


def test_generic_collections_are_stateful(api: httpx.Client) -> None:
    """Help center collections have no hand-written code: create, read, update, list and delete still hold."""
    created = api.post("/help_center/collections", json={"name": "Billing"})
    assert created.status_code == 200, created.text
    collection = created.json()
    path = f"/help_center/collections/{collection['id']}"
    assert api.get(path).json()["name"] == "Billing"
    assert api.put(path, json={"name": "Payments"}).json()["name"] == "Payments"
    listed = api.get("/help_center/collections").json()
    assert collection["id"] in [c["id"] for c in listed["data"]]
    assert _conforms("GET", "/help_center/collections", listed) == []
    assert api.delete(path).status_code == 200
    assert api.get(path).status_code == 404


def test_articles_created_generically_are_readable_by_id(api: httpx.Client) -> None:
    admin_id = api.get("/me").json()["id"]
    created = api.post("/articles", json={"title": "New", "author_id": int(admin_id)})
    assert created.status_code == 200, created.text
    article = created.json()
    assert api.get(f"/articles/{article['id']}").json()["title"] == "New"
    assert api.delete(f"/articles/{article['id']}").status_code == 200
    assert api.get(f"/articles/{article['id']}").status_code == 404
