"""The seeded data set: deterministic, spec-shaped, quirks on demand."""

from __future__ import annotations

import httpx
import pytest

from intercom_sandbox.config import SandboxConfig, parse_quirks
from intercom_sandbox.data import DAY, build_dataset
from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator, response_errors


def test_same_seed_same_data_other_seed_other_data() -> None:
    now = 1_750_000_000
    first, again = build_dataset(SandboxConfig(seed=42), now), build_dataset(SandboxConfig(seed=42), now)
    other = build_dataset(SandboxConfig(seed=43), now)
    assert first.contacts == again.contacts
    assert first.conversations == again.conversations
    assert list(first.messages.csv_rows(range(100))) == list(again.messages.csv_rows(range(100)))
    assert [c["id"] for c in first.contacts] != [c["id"] for c in other.contacts]


def test_messages_fill_the_90_days_before_the_clock() -> None:
    now = 1_750_000_000
    messages = build_dataset(SandboxConfig(), now).messages
    times = [messages.created_at(i) for i in range(messages.count)]
    assert min(times) == now - 90 * DAY
    assert max(times) < now
    assert times == sorted(times)
    # Every day of the window has messages, so any export window inside it has rows.
    assert len({(t - (now - 90 * DAY)) // DAY for t in times}) == 90


def test_range_inclusive_matches_brute_force() -> None:
    messages = build_dataset(SandboxConfig(messages=997, conversations=31), 1_750_000_000).messages
    for after, before in [
        (messages.created_at(10), messages.created_at(20)),
        (0, 1),
        (messages.window_start, 2**40),
    ]:
        expected = [i for i in range(messages.count) if after <= messages.created_at(i) <= before]
        assert list(messages.range_inclusive(after, before)) == expected
    for i in range(messages.count):
        assert i in messages.block(messages.conversation_of(i))


def test_data_is_deterministic_over_http(sandbox: SandboxHandle, api: httpx.Client) -> None:
    first = api.get("/contacts", params={"per_page": 5}).json()["data"]
    sandbox.reset()
    again = api.get("/contacts", params={"per_page": 5}).json()["data"]
    assert [c["id"] for c in first] == [c["id"] for c in again]
    assert first[0]["email"] == again[0]["email"]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/contacts", None),
        ("GET", "/contacts/{contact}", None),
        ("GET", "/contacts/{contact}/notes", None),
        ("GET", "/conversations", None),
        ("GET", "/conversations/1005", None),
        ("GET", "/companies/{company}", None),
        ("GET", "/companies/scroll", None),
        ("GET", "/articles/31", None),
        ("GET", "/notes/1", None),
        ("GET", "/tags", None),
        ("GET", "/tags/101", None),
        ("POST", "/contacts/search", {"query": {"field": "role", "operator": "=", "value": "lead"}}),
        ("POST", "/conversations/search", {"query": {"field": "state", "operator": "=", "value": "open"}}),
        ("POST", "/tickets/search", {"query": {"field": "open", "operator": "=", "value": True}}),
    ],
)
def test_objects_satisfy_the_spec_schema(
    api: httpx.Client, method: str, path: str, body: dict | None
) -> None:
    contact = api.get("/contacts").json()["data"][0]["id"]
    company = api.get("/companies").json()["data"][0]["id"]
    path = path.format(contact=contact, company=company)
    response = api.request(method, path, json=body)
    assert response.status_code == 200
    payload = response.json()
    errors = response_errors(SpecValidator(), "2.14", method, path, payload)
    if path == "/companies/scroll":
        # As the real API (and the spec's example) does: a scroll page has no pages and no total_count.
        assert payload["pages"] is None and payload["total_count"] is None
    assert errors == []


def test_page_lists_next_url_is_the_only_schema_deviation(api: httpx.Client) -> None:
    payload = api.get("/articles").json()
    errors = response_errors(SpecValidator(), "2.14", "GET", "/articles", payload)
    # The spec types pages.next as a cursor object; the API sends a URL for page/per_page lists.
    assert len(errors) == 1 and errors[0].startswith("pages:")
    assert payload["pages"]["next"].endswith("/articles?page=2")


def test_quirks_switch_on_real_world_deviations(sandbox: SandboxHandle, api: httpx.Client) -> None:
    company_id = api.get("/companies").json()["data"][0]["id"]
    strict_company = api.get(f"/companies/{company_id}").json()
    strict_conv = api.get("/conversations/1001").json()
    assert {"size", "website", "industry", "remote_created_at"} <= set(strict_company)
    assert isinstance(strict_conv["admin_assignee_id"], int)
    assert sandbox.set_quirks("omit_required", "nulls", "string_ids") == [
        "nulls",
        "omit_required",
        "string_ids",
    ]
    quirky_company = api.get(f"/companies/{company_id}").json()
    quirky_conv = api.get("/conversations/1001").json()
    assert not {"size", "website", "industry", "remote_created_at", "last_request_at"} & set(quirky_company)
    assert quirky_company["plan"] is None
    assert quirky_conv["admin_assignee_id"] == str(strict_conv["admin_assignee_id"])
    assert quirky_conv["topics"] is None
    assert "statistics" in quirky_conv and quirky_conv["statistics"] is None
    errors = response_errors(SpecValidator(), "2.14", "GET", "/conversations/1001", quirky_conv)
    assert errors  # the quirks really break the schema


def test_quirks_option_parsing() -> None:
    assert parse_quirks("all") == {"omit_required", "nulls", "string_ids"}
    assert parse_quirks("") == frozenset()
    assert parse_quirks("nulls,string_ids") == {"nulls", "string_ids"}
    with pytest.raises(ValueError, match="unknown quirks"):
        parse_quirks("bogus")


def test_contact_inline_lists_cap_at_ten_with_has_more(api: httpx.Client) -> None:
    contacts = api.get("/contacts", params={"per_page": 150}).json()["data"]
    busy = next(c for c in contacts if c["notes"]["total_count"] > 10)
    assert len(busy["notes"]["data"]) == 10
    assert busy["notes"]["has_more"] is True
    assert busy["notes"]["url"] == f"/contacts/{busy['id']}/notes"
    listed = api.get(busy["notes"]["url"]).json()
    assert listed["total_count"] == busy["notes"]["total_count"]


def test_conversation_has_its_messages_as_parts(api: httpx.Client, sandbox: SandboxHandle) -> None:
    conv = api.get("/conversations/1003").json()
    parts = conv["conversation_parts"]
    assert parts["type"] == "conversation_part.list"
    assert parts["total_count"] == len(parts["conversation_parts"]) > 0
    times = [p["created_at"] for p in parts["conversation_parts"]]
    assert times == sorted(times)
    assert conv["created_at"] <= times[0] < sandbox.state()["clock_start"]
