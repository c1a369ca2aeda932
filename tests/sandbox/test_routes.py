"""Single-object routes and sub-resources not covered by the pagination/export modules."""

from __future__ import annotations

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle


def test_me_names_the_workspace(api: httpx.Client, sandbox: SandboxHandle) -> None:
    me = api.get("/me").json()
    assert me["type"] == "admin"
    assert me["app"]["id_code"] == sandbox.state()["workspace_id"]


def test_contact_sub_resources_match_inline_lists(api: httpx.Client) -> None:
    contacts = api.get("/contacts", params={"per_page": 150}).json()["data"]
    contact = next(c for c in contacts if c["tags"]["total_count"] and c["companies"]["total_count"])
    tags = api.get(f"/contacts/{contact['id']}/tags").json()
    assert (
        len(tags["data"]) == contact["tags"]["total_count"]
    )  # the inline list stops at 10, this one does not
    assert [t["id"] for t in tags["data"]][:10] == [t["id"] for t in contact["tags"]["data"]]
    companies = api.get(f"/contacts/{contact['id']}/companies").json()
    assert [c["id"] for c in companies["data"]] == [c["id"] for c in contact["companies"]["data"]]
    assert companies["data"][0]["type"] == "company"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/contacts/000000000000000000000000", "not_found"),
        ("/conversations/999999", "not_found"),
        ("/companies/nope", "company_not_found"),
        ("/articles/1", "not_found"),
        ("/notes/999999", "not_found"),
        ("/tags/1", "not_found"),
        ("/export/content/data/nosuchjob", "not_found"),
        ("/not/a/route", "not_found"),
    ],
)
def test_missing_objects_are_404_error_lists(api: httpx.Client, path: str, code: str) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == code


def test_single_objects_round_trip_from_lists(api: httpx.Client) -> None:
    article = api.get("/articles").json()["data"][0]
    full = api.get(f"/articles/{article['id']}").json()
    assert full["title"] == article["title"]
    assert full["statistics"]["type"] == "article_statistics"  # only the single article carries statistics
    assert "statistics" not in article
    tag = api.get("/tags").json()["data"][0]
    assert api.get(f"/tags/{tag['id']}").json() == tag


def test_clock_and_state_control_plane(sandbox: SandboxHandle) -> None:
    before = sandbox.now()
    after = sandbox.advance(3600)
    assert after - before >= 3600
    assert sandbox.state()["clock_advanced"] == 3600
    sandbox.reset()
    assert sandbox.state()["clock_advanced"] == 0
    refused = httpx.post(f"{sandbox.url}/_sandbox/clock/advance", json={"seconds": -1})
    assert refused.status_code == 400
