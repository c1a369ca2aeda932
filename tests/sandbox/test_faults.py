"""Faults on demand, each observed over a real socket with httpx."""

from __future__ import annotations

import gzip
import time
import zlib

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle

OCTET = {"Accept": "application/octet-stream"}


def completed_export(api: httpx.Client, sandbox: SandboxHandle) -> str:
    start, end = sandbox.state()["messages_window"]
    job = api.post("/export/content/data", json={"created_at_after": start, "created_at_before": end}).json()
    sandbox.advance(2)
    return str(job["job_identifier"])


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_with_error_list(api: httpx.Client, sandbox: SandboxHandle, status: int) -> None:
    sandbox.inject("/contacts", str(status), method="GET", times=2)
    first, second, third = (api.get("/contacts") for _ in range(3))
    assert first.status_code == second.status_code == status
    assert first.json()["type"] == "error.list"
    assert third.status_code == 200  # the fault fired exactly `times` times
    assert sandbox.faults()["faults"] == []


def test_429_with_retry_after(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.inject("/conversations", "429_retry_after", retry_after=7)
    response = api.get("/conversations")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.headers["X-RateLimit-Remaining"] == "0"
    assert api.get("/conversations").status_code == 200


def test_429_with_only_ratelimit_reset(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.inject("/conversations", "429_reset_only", reset_in=5)
    now = sandbox.now()
    response = api.get("/conversations")
    assert response.status_code == 429
    assert "Retry-After" not in response.headers
    assert int(response.headers["X-RateLimit-Reset"]) == pytest.approx(now + 5, abs=2)


def test_connection_reset_mid_body(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.inject("/contacts", "connection_reset")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.get("/contacts", params={"per_page": 50})
    assert api.get("/contacts").status_code == 200  # the server is fine afterwards


def test_connection_reset_mid_download(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job_id = completed_export(api, sandbox)
    sandbox.inject("/download/content/data/{job_identifier}", "connection_reset", cut_at=1000)
    received = 0
    with (
        pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)),
        api.stream("GET", f"/download/content/data/{job_id}", headers=OCTET) as response,
    ):
        assert response.status_code == 200  # headers arrived before the cut
        for chunk in response.iter_raw():
            received += len(chunk)
    assert received == 1000
    assert len(api.get(f"/download/content/data/{job_id}", headers=OCTET).content) > 1000


def test_truncated_gzip_stream(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job_id = completed_export(api, sandbox)
    sandbox.inject("/download/content/data/*", "truncated_gzip")
    cut = api.get(f"/download/content/data/{job_id}", headers=OCTET)
    assert cut.status_code == 200  # the HTTP exchange itself succeeds
    with pytest.raises(EOFError):
        gzip.decompress(cut.content)
    inflate = zlib.decompressobj(31)
    inflate.decompress(cut.content)
    assert not inflate.eof
    whole = api.get(f"/download/content/data/{job_id}", headers=OCTET)
    assert len(gzip.decompress(whole.content)) > 0


def test_slow_response(sandbox: SandboxHandle) -> None:
    sandbox.inject("/tags", "slow", delay=0.4, times=2)
    with sandbox.client(timeout=0.1) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.get("/tags")
    with sandbox.client() as patient:
        started = time.monotonic()
        response = patient.get("/tags")
        assert time.monotonic() - started >= 0.35
    assert response.status_code == 200 and response.json()["type"] == "list"


def test_200_with_empty_body(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.inject("/contacts/search", "empty_body", method="POST")
    response = api.post(
        "/contacts/search", json={"query": {"field": "role", "operator": "=", "value": "user"}}
    )
    assert response.status_code == 200
    assert response.content == b""
    assert "X-Request-Id" in response.headers


def test_mid_scroll_500_invalidates_the_scroll(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.inject("/companies/scroll", "scroll_500", after=1)  # the third page (second continuation) fails
    first = api.get("/companies/scroll").json()
    param = first["scroll_param"]
    assert api.get("/companies/scroll", params={"scroll_param": param}).status_code == 200
    failed = api.get("/companies/scroll", params={"scroll_param": param})
    assert failed.status_code == 500
    assert (
        api.get("/companies/scroll", params={"scroll_param": param}).status_code == 400
    )  # the scroll is gone
    restarted = api.get("/companies/scroll")  # and a new one may start at once (no scroll_exists)
    assert restarted.status_code == 200
    assert restarted.json()["data"][0]["id"] == first["data"][0]["id"]


def test_faults_via_raw_control_plane_and_listing(sandbox: SandboxHandle, api: httpx.Client) -> None:
    response = httpx.post(
        f"{sandbox.url}/_sandbox/faults",
        json={
            "faults": [
                {"method": "GET", "path": "/articles", "kind": "502", "times": 1},
                {"path": "/notes/{id}", "kind": "503", "after": 1},
            ]
        },
    )
    assert response.status_code == 200
    assert [f["kind"] for f in sandbox.faults()["faults"]] == ["502", "503"]
    assert api.get("/articles").status_code == 502
    assert api.get("/notes/1").status_code == 200  # `after` lets one through first
    assert api.get("/notes/1").status_code == 503
    history = sandbox.faults()["history"]
    assert [h["kind"] for h in history] == ["502", "503"]
    bad = httpx.post(f"{sandbox.url}/_sandbox/faults", json={"path": "/x", "kind": "meteor"})
    assert bad.status_code == 400
    sandbox.inject("/tags", "500")
    sandbox.clear_faults()
    assert api.get("/tags").status_code == 200


def test_control_plane_is_never_faulted(sandbox: SandboxHandle) -> None:
    sandbox.inject("*", "500", times=5)
    assert sandbox.state()["faults"][0]["times_left"] == 5  # /_sandbox/state itself was not hit
