"""Auth, Intercom-Version, the headers on every response, and the rate limit."""

from __future__ import annotations

import httpx
import pytest

from intercom_sandbox.config import SandboxConfig
from intercom_sandbox.server import SandboxHandle, SandboxServer

RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id")


def assert_error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["type"] == "error.list"
    assert body["errors"][0]["code"] == code
    assert body["request_id"]
    return body


def test_missing_token_is_401_error_list(sandbox: SandboxHandle) -> None:
    response = httpx.get(f"{sandbox.url}/contacts", headers={"Intercom-Version": "2.14"})
    body = assert_error(response, 401, "unauthorized")
    assert body["errors"][0]["message"] == "Access Token Invalid"


def test_non_bearer_scheme_is_401(sandbox: SandboxHandle) -> None:
    response = httpx.get(f"{sandbox.url}/contacts", headers={"Authorization": "Basic abc"})
    assert_error(response, 401, "unauthorized")


def test_any_token_accepted_by_default(sandbox: SandboxHandle) -> None:
    response = httpx.get(f"{sandbox.url}/contacts", headers={"Authorization": "Bearer whatever-123"})
    assert response.status_code == 200
    assert response.json()["type"] == "list"


def test_token_option_restricts_to_one_token() -> None:
    with SandboxServer(SandboxConfig(token="s3cret", validate=False)) as server:
        wrong = httpx.get(f"{server.url}/tags", headers={"Authorization": "Bearer other"})
        right = httpx.get(f"{server.url}/tags", headers={"Authorization": "Bearer s3cret"})
    assert_error(wrong, 401, "unauthorized")
    assert right.status_code == 200
    assert server.handle().token == "s3cret"


@pytest.mark.parametrize("version", ["2.7", "2.14", "Preview", "Unstable", "1.0"])
def test_published_versions_accepted(sandbox: SandboxHandle, version: str) -> None:
    response = httpx.get(
        f"{sandbox.url}/tags", headers={"Authorization": "Bearer t", "Intercom-Version": version}
    )
    assert response.status_code == 200
    assert response.json()["type"] == "list"


@pytest.mark.parametrize("version", ["9.9", "2.99", "latest", "2"])
def test_unknown_version_is_400(sandbox: SandboxHandle, version: str) -> None:
    response = httpx.get(
        f"{sandbox.url}/tags", headers={"Authorization": "Bearer t", "Intercom-Version": version}
    )
    assert_error(response, 400, "intercom_version_invalid")


def test_missing_version_uses_default(sandbox: SandboxHandle) -> None:
    # The default (2.14) has the reporting export; 2.13 would refuse it.
    response = httpx.get(
        f"{sandbox.url}/export/reporting_data/get_datasets", headers={"Authorization": "Bearer t"}
    )
    assert response.status_code == 200
    older = httpx.get(
        f"{sandbox.url}/export/reporting_data/get_datasets",
        headers={"Authorization": "Bearer t", "Intercom-Version": "2.13"},
    )
    assert_error(older, 400, "intercom_version_invalid")


def test_every_response_carries_rate_and_request_headers(sandbox: SandboxHandle, api: httpx.Client) -> None:
    responses = [
        api.get("/contacts"),  # 200
        api.get("/contacts/does-not-exist"),  # 404
        api.get("/nowhere"),  # unknown route
        httpx.get(f"{sandbox.url}/contacts"),  # 401
        api.get("/tags", headers={"Intercom-Version": "nope"}),  # 400
    ]
    sandbox.inject("/tags", "503")
    responses.append(api.get("/tags"))  # fault
    assert [r.status_code for r in responses] == [200, 404, 404, 401, 400, 503]
    now = sandbox.now()
    for response in responses:
        for header in RATE_HEADERS:
            assert header in response.headers, (response.status_code, header)
        reset = int(response.headers["X-RateLimit-Reset"])
        assert now - 60 < reset <= now + 60  # epoch seconds, not a delta
    ids = {r.headers["X-Request-Id"] for r in responses}
    assert len(ids) == len(responses)
    assert responses[1].json()["request_id"] == responses[1].headers["X-Request-Id"]


def test_rate_limit_429_then_refills_next_window(sandbox: SandboxHandle, api: httpx.Client) -> None:
    sandbox.configure(rate_limit=3, rate_window=10)
    statuses = [api.get("/tags") for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 200, 200, 429]
    assert [r.headers["X-RateLimit-Remaining"] for r in statuses] == ["2", "1", "0", "0"]
    assert statuses[0].headers["X-RateLimit-Limit"] == "3"
    assert_error(statuses[3], 429, "rate_limit_exceeded")
    reset = int(statuses[3].headers["X-RateLimit-Reset"])
    assert reset > sandbox.now() - 1
    sandbox.advance(reset - sandbox.now() + 0.01)
    again = api.get("/tags")
    assert again.status_code == 200
    assert again.headers["X-RateLimit-Remaining"] == "2"


def test_rate_limit_is_per_token(sandbox: SandboxHandle, api: httpx.Client) -> None:
    sandbox.configure(rate_limit=1)
    assert api.get("/tags").status_code == 200
    assert api.get("/tags").status_code == 429
    other = httpx.get(f"{sandbox.url}/tags", headers={"Authorization": "Bearer another"})
    assert other.status_code == 200


def test_control_plane_needs_no_version_or_token(sandbox: SandboxHandle) -> None:
    response = httpx.get(f"{sandbox.url}/_sandbox/state", headers={"Intercom-Version": "garbage"})
    assert response.status_code == 200
    assert response.json()["counts"]["contacts"] == 250
