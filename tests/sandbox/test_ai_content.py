"""AI Content over real HTTP: content import sources, and external pages upserted by external id."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator, response_errors

PAGE = {
    "title": "Test",
    "html": "<html><body><h1>Test</h1></body></html>",
    "url": "https://www.example.com",
    "locale": "en",
    "external_id": "abc1234",
}


def _source(api: httpx.Client, url: str = "https://www.example.com") -> dict[str, Any]:
    response = api.post("/ai/content_import_sources", json={"sync_behavior": "api", "url": url})
    assert response.status_code == 200, response.text
    return dict(response.json())


def _conforms(version: str, method: str, path: str, body: Any) -> list[str]:
    return response_errors(SpecValidator(), version, method, path, body)


def test_source_crud(api: httpx.Client) -> None:
    created = _source(api)
    assert created["type"] == "content_import_source"
    assert isinstance(created["id"], int)
    assert created["sync_behavior"] == "api" and created["status"] == "active"
    assert _conforms("2.14", "POST", "/ai/content_import_sources", created) == []
    path = f"/ai/content_import_sources/{created['id']}"
    assert api.get(path).json() == created
    updated = api.put(
        path, json={"sync_behavior": "api", "url": "https://docs.example.com", "status": "deactivated"}
    )
    assert updated.status_code == 200
    assert updated.json()["url"] == "https://docs.example.com"
    assert updated.json()["status"] == "deactivated"
    deleted = api.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    missing = api.get(path)
    assert missing.status_code == 404
    assert missing.json()["type"] == "error.list"


def test_source_requests_are_validated(api: httpx.Client) -> None:
    missing_url = api.post("/ai/content_import_sources", json={"sync_behavior": "api"})
    assert missing_url.status_code == 400
    assert missing_url.json()["errors"][0]["message"] == "'url' is a required parameter"
    wrong_behaviour = api.post(
        "/ai/content_import_sources", json={"sync_behavior": "manual", "url": "https://x"}
    )
    assert wrong_behaviour.status_code == 400
    automatic = next(
        s for s in api.get("/ai/content_import_sources").json()["data"] if s["sync_behavior"] != "api"
    )
    refused = api.put(
        f"/ai/content_import_sources/{automatic['id']}",
        json={"sync_behavior": "api", "url": automatic["url"]},
    )
    assert refused.status_code == 400
    assert api.get("/ai/content_import_sources/not-a-number").status_code == 404


def test_external_page_upsert_by_source_and_external_id(api: httpx.Client) -> None:
    source = _source(api)
    first = api.post("/ai/external_pages", json={**PAGE, "source_id": source["id"]})
    assert first.status_code == 200, first.text
    page = first.json()
    assert page["type"] == "external_page" and isinstance(page["id"], str)
    assert page["source_id"] == source["id"] and page["external_id"] == "abc1234"
    assert page["ai_agent_availability"] is False  # the create request's default
    assert _conforms("2.14", "POST", "/ai/external_pages", page) == []

    again = api.post(
        "/ai/external_pages",
        json={**PAGE, "title": "Renamed", "source_id": source["id"], "ai_agent_availability": True},
    ).json()
    assert again["id"] == page["id"]  # same (source_id, external_id): updated, not duplicated
    assert again["title"] == "Renamed" and again["ai_agent_availability"] is True
    assert api.get(f"/ai/external_pages/{page['id']}").json()["title"] == "Renamed"

    other_source = _source(api, "https://other.example.com")
    elsewhere = api.post("/ai/external_pages", json={**PAGE, "source_id": other_source["id"]}).json()
    assert elsewhere["id"] != page["id"]  # external ids are unique per source only


def test_external_page_update_and_delete(api: httpx.Client) -> None:
    source = _source(api)
    page = api.post("/ai/external_pages", json={**PAGE, "source_id": source["id"]}).json()
    path = f"/ai/external_pages/{page['id']}"
    body = {**PAGE, "title": "Updated", "source_id": source["id"], "fin_availability": True}
    updated = api.put(path, json=body)
    assert updated.status_code == 200, updated.text
    assert updated.json()["title"] == "Updated" and updated.json()["fin_availability"] is True
    deleted = api.delete(path)
    assert deleted.status_code == 200
    assert deleted.json()["id"] == page["id"]
    assert api.get(path).status_code == 404
    assert api.delete(path).status_code == 404


def test_external_page_validation(api: httpx.Client) -> None:
    source = _source(api)
    missing = api.post(
        "/ai/external_pages", json={"title": "x", "html": "y", "locale": "en", "source_id": source["id"]}
    )
    assert missing.status_code == 400
    assert "external_id" in missing.json()["errors"][0]["message"]
    unknown_source = api.post("/ai/external_pages", json={**PAGE, "source_id": 999999})
    assert unknown_source.status_code == 404
    automatic = next(
        s for s in api.get("/ai/content_import_sources").json()["data"] if s["sync_behavior"] != "api"
    )
    refused = api.post("/ai/external_pages", json={**PAGE, "source_id": automatic["id"]})
    assert refused.status_code == 400


def test_lists_paginate_and_carry_the_source(api: httpx.Client) -> None:
    source = _source(api)
    for n in range(7):
        api.post("/ai/external_pages", json={**PAGE, "external_id": f"p{n}", "source_id": source["id"]})
    total = api.get("/ai/external_pages").json()["total_count"]
    seen: list[dict[str, Any]] = []
    url: str | None = "/ai/external_pages?per_page=3"
    while url:
        body = api.get(url).json()
        assert body["type"] == "list" and body["pages"]["per_page"] == 3
        assert _conforms("2.14", "GET", "/ai/external_pages", body) == []
        seen.extend(body["data"])
        url = body["pages"].get("next")
    assert len(seen) == total == len({p["id"] for p in seen})
    mine = [p for p in seen if p["source_id"] == source["id"]]
    assert sorted(p["external_id"] for p in mine) == [f"p{n}" for n in range(7)]
    filtered = api.get("/ai/external_pages", params={"source_id": source["id"]}).json()
    assert filtered["total_count"] == 7
    sources = api.get("/ai/content_import_sources").json()
    assert sources["pages"]["per_page"] == 50 and source["id"] in [s["id"] for s in sources["data"]]


def test_deleting_a_source_deletes_its_pages(api: httpx.Client) -> None:
    source = _source(api)
    page = api.post("/ai/external_pages", json={**PAGE, "source_id": source["id"]}).json()
    assert api.delete(f"/ai/content_import_sources/{source['id']}").status_code == 204
    assert api.get(f"/ai/external_pages/{page['id']}").status_code == 404


def test_state_is_reset_per_test(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        before = api.get("/ai/content_import_sources").json()["total_count"]
        _source(api)
        assert api.get("/ai/content_import_sources").json()["total_count"] == before + 1
    sandbox.reset()
    with sandbox.client() as api:
        assert api.get("/ai/content_import_sources").json()["total_count"] == before


@pytest.mark.parametrize("version", ["2.12", "2.16", "Preview"])
def test_served_from_2_12(sandbox: SandboxHandle, version: str) -> None:
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = version
        source = _source(api)
        page = api.post("/ai/external_pages", json={**PAGE, "source_id": source["id"]})
        assert page.status_code == 200, page.text
        assert api.get(f"/ai/external_pages/{page.json()['id']}").status_code == 200


def test_not_available_before_2_12(sandbox: SandboxHandle) -> None:
    with sandbox.client() as api:
        api.headers["Intercom-Version"] = "2.11"
        response = api.get("/ai/content_import_sources")
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "intercom_version_invalid"
