"""Behaviour of the real API known from public sources (cited in docs/sandbox.md)."""

from __future__ import annotations

import httpx
import pytest

from intercom_codegen.spec import load_overlaid
from intercom_sandbox.server import SandboxHandle


def test_companies_list_refuses_pages_past_10000(api: httpx.Client) -> None:
    """PostHog pull 63033: per_page=60&page=167 answered 400 "page limit reached, please use scroll API"."""
    last_allowed = api.post("/companies/list", params={"per_page": 60, "page": 166})
    assert last_allowed.status_code == 200
    refused = api.post("/companies/list", params={"per_page": 60, "page": 167})
    assert refused.status_code == 400
    assert refused.json()["errors"][0] == {
        "code": "bad_request",
        "message": "page limit reached, please use scroll API",
    }
    assert api.get("/companies/scroll").status_code == 200


def test_conversation_teammates_are_admins(api: httpx.Client) -> None:
    conversation_id = api.get("/conversations").json()["conversations"][0]["id"]
    teammates = api.get(f"/conversations/{conversation_id}").json()["teammates"]
    assert teammates["type"] == "admin.list"
    assert "teammates" not in teammates
    assert teammates["admins"] and all(a["type"] == "admin" for a in teammates["admins"])


@pytest.mark.parametrize(
    ("version", "spec_version"), [("2.14", "2.14"), ("2.15", "2.15"), ("2.16", "2.16"), ("Preview", "0")]
)
def test_conversation_priority_follows_the_version_enum(
    sandbox: SandboxHandle, version: str, spec_version: str
) -> None:
    # What the version's description says (before the normaliser, which may fold the conversation into a
    # subclass of another component and move its properties).
    conversation = load_overlaid(spec_version, normalised=False)["components"]["schemas"]["conversation"]
    allowed = conversation["properties"]["priority"]["enum"]
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = version
        conversations = api.get("/conversations", params={"per_page": 50}).json()["conversations"]
        single = api.get(f"/conversations/{conversations[0]['id']}").json()
    priorities = {c["priority"] for c in conversations} | {single["priority"]}
    assert priorities <= set(allowed)
    assert len(priorities) == 2  # both kinds are seeded


def test_company_plan_name_becomes_a_plan_object(api: httpx.Client) -> None:
    created = api.post(
        "/companies", json={"company_id": "acme-1", "name": "Acme", "plan": "Enterprise"}
    ).json()
    assert created["plan"]["type"] == "plan" and created["plan"]["name"] == "Enterprise"
    again = api.post("/companies", json={"company_id": "acme-1", "plan": "Enterprise"}).json()
    assert again["plan"] == created["plan"]
