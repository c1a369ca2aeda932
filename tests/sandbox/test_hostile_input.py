"""Hostile input: nothing answers 5xx, bodies are bounded, the control plane refuses bad settings and
leaves the sandbox as it was, and searches stay within the documented limits."""

from __future__ import annotations

import base64
import json
import math

import httpx
import pytest

from intercom_sandbox.registry import MAX_BODY_BYTES
from intercom_sandbox.server import SandboxHandle


def _error(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["type"] == "error.list"
    return dict(body["errors"][0])


def test_contact_email_without_at_sign(api: httpx.Client) -> None:
    response = api.post("/contacts", json={"email": "abc"})
    assert response.status_code == 200, response.text
    assert response.json()["email"] == "abc"
    assert "email_domain" not in response.json() or response.json()["email_domain"] in (None, "")


@pytest.mark.parametrize("dataset_id", [["conversation"], {"a": 1}, 5, None, True])
def test_reporting_enqueue_non_string_dataset(api: httpx.Client, dataset_id: object) -> None:
    body = {"dataset_id": dataset_id, "attribute_ids": ["conversation_id"], "start_time": 1, "end_time": 2}
    _error(api.post("/export/reporting_data/enqueue", json=body), 400)


@pytest.mark.parametrize("path", ["/contacts", "/contacts/search", "/tags", "/ai/external_pages"])
def test_deeply_nested_bodies(api: httpx.Client, path: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    response = api.post(path, content=deep, headers={"Content-Type": "application/json"})
    assert _error(response, 400)["message"]


def test_deeply_nested_cursor(api: httpx.Client) -> None:
    cursor = base64.b64encode(("[" * 15_000 + "]" * 15_000).encode()).decode()
    _error(api.get("/contacts", params={"starting_after": cursor}), 400)
    small = base64.b64encode(("[" * 60 + "0" + "]" * 60).encode()).decode()
    _error(api.get("/contacts", params={"starting_after": small}), 400)


def test_body_size_limit_is_413(api: httpx.Client) -> None:
    big = json.dumps({"email": "a@b.c", "name": "x" * (MAX_BODY_BYTES + 1)})
    _error(api.post("/contacts", content=big, headers={"Content-Type": "application/json"}), 413)


def test_malformed_json_is_400(api: httpx.Client) -> None:
    _error(api.post("/contacts", content=b"{not json", headers={"Content-Type": "application/json"}), 400)
    _error(api.post("/tags", content=b"\xff\xfe", headers={"Content-Type": "application/json"}), 400)


@pytest.mark.parametrize(
    "settings",
    [
        {"rate_limit": "abc"},
        {"rate_limit": -1},
        {"rate_limit": 1.5},
        {"rate_window": 0},
        {"export_delay": "soon"},
        {"scroll_page_size": None},
        {"validate": "yes"},
        {"default_version": 2.14},
        {"default_version": "9.9"},
        {"unknown": 1},
    ],
)
def test_control_plane_config_validates_and_leaves_state_untouched(
    sandbox: SandboxHandle, settings: dict[str, object]
) -> None:
    before = sandbox.state()["config"]
    response = httpx.post(f"{sandbox.url}/_sandbox/config", json=settings)
    assert response.status_code == 400
    assert sandbox.state()["config"] == before
    with sandbox.client() as api:
        assert api.get("/contacts").status_code == 200
    assert httpx.post(f"{sandbox.url}/_sandbox/reset").status_code == 200


@pytest.mark.parametrize(
    "raw", ['{"seconds": NaN}', '{"seconds": Infinity}', '{"seconds": -1}', '{"seconds": "1"}', "[1]"]
)
def test_clock_advance_refuses_non_finite_and_negative(sandbox: SandboxHandle, raw: str) -> None:
    before = sandbox.state()["clock_advanced"]
    response = httpx.post(
        f"{sandbox.url}/_sandbox/clock/advance", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert sandbox.state()["clock_advanced"] == before
    with sandbox.client() as api:
        assert api.get("/contacts").status_code == 200
    assert httpx.post(f"{sandbox.url}/_sandbox/reset").status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {"path": "/me", "kind": "500", "times": "x"},
        {"path": "/me", "kind": "slow", "delay": math.inf},
        {"path": "/me", "kind": "connection_reset", "cut_at": "half"},
        {"path": "/me", "kind": "429_reset_only", "reset_in": -5},
    ],
)
def test_control_plane_refuses_malformed_faults(sandbox: SandboxHandle, fault: dict[str, object]) -> None:
    response = httpx.post(
        f"{sandbox.url}/_sandbox/faults",
        content=json.dumps(fault),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert sandbox.faults()["faults"] == []
    with sandbox.client() as api:
        assert api.get("/me").status_code == 200


def _filters(n: int) -> list[dict[str, object]]:
    return [{"field": "email", "operator": "=", "value": f"user{k}@example.com"} for k in range(n)]


def test_search_allows_15_filters_per_group(api: httpx.Client) -> None:
    query = {"operator": "OR", "value": _filters(15)}
    assert api.post("/contacts/search", json={"query": query}).status_code == 200


@pytest.mark.parametrize("filters", [16, 5_000])
def test_search_refuses_more_than_15_filters_per_group(api: httpx.Client, filters: int) -> None:
    query = {"operator": "OR", "value": _filters(filters)}
    assert "15" in str(_error(api.post("/contacts/search", json={"query": query}), 400)["message"])


def test_search_nesting_two_levels_allowed_three_refused(api: httpx.Client) -> None:
    two = {
        "operator": "AND",
        "value": [{"operator": "OR", "value": _filters(2)}, {"operator": "OR", "value": _filters(2)}],
    }
    assert api.post("/contacts/search", json={"query": two}).status_code == 200
    three = {
        "operator": "AND",
        "value": [{"operator": "OR", "value": [{"operator": "AND", "value": _filters(2)}]}],
    }
    _error(api.post("/conversations/search", json={"query": three}), 400)


@pytest.mark.parametrize(
    ("method", "path", "params"),
    [
        ("GET", "/contacts", {"per_page": "9" * 5000}),
        ("GET", "/companies", {"page": "-1"}),
        ("GET", "/companies", {"page": "9" * 30}),
        ("GET", "/articles", {"per_page": "abc"}),
        ("GET", "/contacts/%00", {}),
        ("GET", "/companies/scroll", {"scroll_param": "x" * 5000}),
    ],
)
def test_hostile_queries_are_not_server_errors(
    api: httpx.Client, method: str, path: str, params: dict[str, str]
) -> None:
    response = api.request(method, path, params=params)
    assert response.status_code < 500, response.text
    assert response.json()["type"] in ("error.list", "list")


def test_hostile_headers_are_not_server_errors(sandbox: SandboxHandle) -> None:
    headers: dict[str, str | bytes]
    for headers in (
        {"Authorization": "Bearer " + "x" * 10_000},
        {"Authorization": "Bearer t", "Intercom-Version": b"\xe9" * 100},
        {"Authorization": "Bearer t", "Content-Type": "text/plain"},
    ):
        response = httpx.post(f"{sandbox.url}/contacts", headers=headers, content=b"{}")
        assert response.status_code < 500, (headers, response.text)
