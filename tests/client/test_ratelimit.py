"""Rate-limit tracking and the optional throttle, against the sandbox's real limiter and clock."""

from __future__ import annotations

import httpx
import pytest

from intercom_client import Intercom, RateLimit
from intercom_client._ratelimit import RateLimitTracker
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_async_client, make_client


def test_rate_limit_reflects_the_last_response(client: Intercom, sandbox: SandboxHandle) -> None:
    assert client.rate_limit is None  # nothing seen yet
    client._http.get("/me")
    first = client.rate_limit
    assert first is not None and first.limit == 1000 and first.remaining == 999
    client._http.get("/me")
    second = client.rate_limit
    assert second is not None and second.remaining == 998
    assert second.reset_at is not None and second.reset_at > sandbox.now() - 1


def test_rate_limit_parsing() -> None:
    assert RateLimit.from_headers(httpx.Headers({})) is None
    partial = RateLimit.from_headers(httpx.Headers({"X-RateLimit-Remaining": "3"}))
    assert partial == RateLimit(limit=None, remaining=3, reset_at=None)
    tracker = RateLimitTracker()
    tracker.update(
        httpx.Headers({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "5"})
    )
    tracker.update(httpx.Headers({}))  # a response without the headers keeps the last snapshot
    assert tracker.latest == RateLimit(10, 9, 5.0)


def test_throttle_thresholds() -> None:
    now = 1000.0
    tracker = RateLimitTracker(clock=lambda: now)
    tracker.update(
        httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "1008"})
    )
    assert tracker.throttle_wait() == 0.0  # 5 left, threshold max(2, 5 % of 100 = 5): not below
    tracker.update(
        httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "1008"})
    )
    assert tracker.throttle_wait() == 8.0
    assert tracker.throttle_wait() == 0.0  # the wait is consumed, not repeated by the next caller
    tracker.update(
        httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "990"})
    )
    assert tracker.throttle_wait() == 0.0  # window already reset
    tracker.update(
        httpx.Headers({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "1", "X-RateLimit-Reset": "9999"})
    )
    assert tracker.throttle_wait() == 60.0  # capped


def test_without_throttle_the_limit_is_hit_and_429_retried(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=5, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps)
    with http, client:
        for _ in range(8):
            assert client._http.get("/me").status_code == 200
    assert wire.statuses().count(429) == 1  # the 6th request, waited out via X-RateLimit-Reset
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 10


def test_throttle_waits_before_the_limit_instead_of_after(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=5, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps, throttle=True)
    with http, client:
        for _ in range(12):
            assert client._http.get("/me").status_code == 200
    assert 429 not in wire.statuses()
    assert len(wire) == 12
    assert len(sleeps) >= 2 and all(0 < s <= 10 for s in sleeps)
    assert client.rate_limit is not None and client.rate_limit.limit == 5


@pytest.mark.anyio
async def test_async_throttle(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=4, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_async_client(sandbox, wire, sleeps, throttle=True)
    async with http, client:
        for _ in range(9):
            await client._http.get("/me")
    assert 429 not in wire.statuses()
    assert len(sleeps) >= 2
