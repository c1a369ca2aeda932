"""Retries over real HTTP: sandbox faults, recorded waits (nothing really sleeps), sync and async."""

from __future__ import annotations

import socket

import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, Intercom
from intercom_client._ratelimit import RESET_MARGIN
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_async_client, make_client


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_get_is_retried_after_server_errors(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float], kind: str
) -> None:
    sandbox.inject("/me", kind, times=2)
    response = client._http.get("/me")
    assert response.status_code == 200
    assert wire.statuses() == [int(kind), int(kind), 200]
    assert sleeps == [0.5, 1.0]  # 0.5 * 2**n, jitter pinned to 1


def test_retries_exhausted_raise_the_last_error(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/me", "503", times=5)
    with pytest.raises(ic.InternalServerError) as info:
        client._http.get("/me")
    assert info.value.status_code == 503
    assert len(wire) == 3  # 1 + max_retries
    assert sleeps == [0.5, 1.0]


def test_429_waits_for_retry_after(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts", "429_retry_after", retry_after=3, method="GET")
    assert len(list(client.contacts.list(per_page=150, max_items=5))) == 5
    assert wire.statuses()[:2] == [429, 200]
    assert sleeps == [3.0]


def test_429_with_only_reset_waits_until_reset(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    before = sandbox.now()
    sandbox.inject("/me", "429_reset_only", reset_in=4)
    assert client._http.get("/me").status_code == 200
    first = wire.exchanges[0]
    assert first.status == 429 and "retry-after" not in first.response_headers
    reset = float(first.response_headers["x-ratelimit-reset"])
    # One wait, ending just after the reset (never before it), begun while the request was handled.
    assert len(sleeps) == 1 and 3.0 <= sleeps[0] <= 4.0 + RESET_MARGIN
    began = reset + RESET_MARGIN - sleeps[0]
    assert before <= began <= sandbox.now() - sleeps[0]


def test_server_wait_above_cap_is_not_waited(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/me", "429_retry_after", retry_after=3600)
    with pytest.raises(ic.RateLimitError) as info:
        client._http.get("/me")
    assert info.value.retry_after == 3600.0
    assert len(wire) == 1 and sleeps == []


def test_post_is_not_retried_on_500(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts", "500", method="POST")
    with pytest.raises(ic.InternalServerError):
        client._http.post("/contacts", json={"email": "once@example.com"})
    assert wire.paths() == ["POST /contacts"]
    assert sleeps == []


def test_post_is_retried_on_429(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts", "429_retry_after", method="POST", retry_after=2)
    created = client._http.post("/contacts", json={"email": "retried@example.com"}).json()
    assert created["email"] == "retried@example.com"
    assert wire.statuses() == [429, 200]
    assert sleeps == [2.0]


def test_post_search_is_retried_on_500_because_it_is_read_only(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts/search", "500", method="POST")
    found = list(client.contacts.search({"field": "role", "operator": "=", "value": "user"}, max_items=3))
    assert len(found) == 3
    assert wire.statuses()[:2] == [500, 200]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connect_errors_are_retried_for_every_method(sandbox: SandboxHandle, method: str) -> None:
    sleeps: list[float] = []
    with Intercom(token="t", base_url=f"http://127.0.0.1:{_closed_port()}") as client:
        client._sleep = sleeps.append  # type: ignore[method-assign]
        client._retry_policy.jitter = lambda: 1.0
        with pytest.raises(ic.APIConnectionError) as info:
            client._http.request(method, "/contacts", json={} if method == "POST" else None)
    assert not isinstance(info.value, ic.APITimeoutError)
    assert "ConnectError" in str(info.value)
    assert sleeps == [0.5, 1.0]


def test_read_timeout_get_retried_post_not(sandbox: SandboxHandle) -> None:
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps, timeout=0.05)
    with http, client:
        sandbox.inject("/me", "slow", delay=0.25)
        assert client._http.get("/me").status_code == 200
        assert sleeps == [0.5]
        sandbox.inject("/contacts", "slow", delay=0.25, method="POST")
        with pytest.raises(ic.APITimeoutError):
            client._http.post("/contacts", json={"email": "maybe@example.com"})
        assert sleeps == [0.5]  # a POST that may have been applied is not repeated


def test_connection_dropped_mid_body_is_retried(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts", "connection_reset", method="GET", cut_at=20)
    contacts = list(client.contacts.list(per_page=150))
    assert len(contacts) == 250
    assert wire.statuses()[0] == 200  # headers arrived, then the body was cut
    assert sleeps == [0.5]


def test_empty_200_is_retried_then_reported(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/contacts", "empty_body", method="GET")
    assert len(list(client.contacts.list(per_page=150))) == 250
    assert sleeps == [0.5]
    sleeps.clear()
    sandbox.inject("/contacts", "empty_body", method="GET", times=3)
    with pytest.raises(ic.APIResponseParseError) as info:
        list(client.contacts.list())
    assert info.value.status_code == 200
    assert sleeps == [0.5, 1.0]


def test_max_retries_zero_and_with_options(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    sandbox.inject("/me", "500", times=2)
    no_retry = client.with_options(max_retries=0)
    no_retry._sleep = client._sleep  # type: ignore[method-assign]
    with pytest.raises(ic.InternalServerError):
        no_retry._http.get("/me")
    assert client._http.get("/me").status_code == 200  # the original still retries (one fault left)
    assert wire.statuses() == [500, 500, 200]


def test_generated_endpoints_get_retries(client: Intercom, sandbox: SandboxHandle, wire: Log) -> None:
    from intercom_v2_14.api.admins import identify_admin

    sandbox.inject("/me", "502")
    result = identify_admin.sync_detailed(client=client.generated)
    assert result.status_code == 200
    assert wire.statuses() == [502, 200]


@pytest.mark.anyio
async def test_async_retries(sandbox: SandboxHandle) -> None:
    wire, sleeps = Log(), []
    client, http = make_async_client(sandbox, wire, sleeps)
    async with http, client:
        sandbox.inject("/me", "503")
        assert (await client._http.get("/me")).status_code == 200
        sandbox.inject("/me", "429_retry_after", retry_after=2)
        assert (await client._http.get("/me")).status_code == 200
        sandbox.inject("/contacts", "500", method="POST")
        with pytest.raises(ic.InternalServerError):
            await client._http.post("/contacts", json={"email": "a@example.com"})
        sandbox.inject("/contacts", "connection_reset", method="GET", cut_at=20)
        assert len([c async for c in client.contacts.list(per_page=150)]) == 250
    assert sleeps == [0.5, 2.0, 0.5]
    assert wire.statuses()[:5] == [503, 200, 429, 200, 500]


@pytest.mark.anyio
async def test_async_connect_error(sandbox: SandboxHandle) -> None:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with AsyncIntercom(
        token="t", base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=1
    ) as client:
        client._sleep = sleep  # type: ignore[method-assign]
        client._retry_policy.jitter = lambda: 1.0
        with pytest.raises(ic.APIConnectionError):
            await client._http.get("/me")
    assert sleeps == [0.5]
