"""Rate-limit tracking and the optional throttle, against the sandbox's real limiter and clock."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from intercom_client import AsyncIntercom, Intercom, RateLimit
from intercom_client._ratelimit import PROBE_WAIT, RESET_MARGIN, RESET_ROUNDING, RateLimitTracker, Token
from intercom_client._transport import RETRIES_EXTENSION
from intercom_sandbox.server import SandboxHandle

from .conftest import AsyncRecordingTransport, Log, RecordingTransport, make_async_client, make_client


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


def _headers(limit: int, remaining: int, reset: float) -> httpx.Headers:
    return httpx.Headers(
        {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
        }
    )


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _wait(limiter: RateLimitTracker, token: Token | None = None) -> float:
    return limiter.reserve(token)[0]


def test_the_limiter_probes_then_shares_the_window() -> None:
    clock = FakeClock(1000.0)
    limiter = RateLimitTracker(clock=clock)
    assert _wait(limiter) == 0.0  # nothing known: one probe goes...
    assert _wait(limiter) == PROBE_WAIT  # ...the others wait for its answer
    limiter.update(_headers(3, 2, 1010))
    assert [_wait(limiter) for _ in range(2)] == [0.0, 0.0]  # the two slots left
    # None left: until the window's end, first taken as one second before the (rounded-up) header.
    assert _wait(limiter) == pytest.approx(9 + RESET_MARGIN)
    assert _wait(limiter) == pytest.approx(9 + RESET_MARGIN)  # every caller, not just the first
    limiter.update(_headers(3, 1, 1010))  # a late answer of this window never adds slots
    assert _wait(limiter) == pytest.approx(9 + RESET_MARGIN)
    clock.now = 1009 + RESET_MARGIN
    assert _wait(limiter) == 0.0  # the window is over: one probe...
    assert _wait(limiter) == PROBE_WAIT  # ...whose answer opens the next window to everyone
    limiter.update(_headers(3, 2, 1020))
    assert [_wait(limiter) for _ in range(2)] == [0.0, 0.0]
    assert _wait(limiter) == pytest.approx(1019 + RESET_MARGIN - clock.now)
    limiter.update(_headers(3, 2, 1010))  # an answer from the window already left: ignored
    assert _wait(limiter) > 0


def test_answers_of_one_window_may_disagree_by_a_second() -> None:
    """``Reset`` is whole seconds, rounded: the earliest end reported for the window is kept."""
    clock = FakeClock(999.5)
    limiter = RateLimitTracker(clock=clock)
    limiter.reserve()
    limiter.update(_headers(3, 2, 1002))
    limiter.update(_headers(3, 1, 1001))  # the same window, rounded the other way
    assert _wait(limiter) == 0.0  # the one slot left
    clock.now = 1000.0
    assert _wait(limiter) == pytest.approx(RESET_MARGIN)  # 1001 (minus the rounding second), not 1002


def test_a_probe_that_meets_the_old_window_makes_the_header_exact() -> None:
    clock = FakeClock(1000.0)
    limiter = RateLimitTracker(clock=clock)
    limiter.reserve()
    limiter.update(_headers(2, 0, 1010))
    clock.now = 1009 + RESET_MARGIN
    assert _wait(limiter) == 0.0  # the early probe
    limiter.update(_headers(2, 0, 1010))  # the server still counts in the old window
    assert _wait(limiter) == pytest.approx(1.0)  # from now on the header's own second + the margin
    clock.now = 1010.3
    assert _wait(limiter) == 0.0  # the exact end has passed: the next probe
    limiter.update(_headers(2, 0, 1010))  # still the old window: the server's clock is 0.3 s behind
    assert _wait(limiter) == pytest.approx(RESET_MARGIN)


def test_a_caller_that_slept_is_not_sent_back_by_a_clock_that_did_not_move() -> None:
    """A sleep the clock did not see (a test moving only the server's time) is trusted for its window."""
    limiter = RateLimitTracker(clock=FakeClock(1000.0))
    limiter.reserve()
    limiter.update(_headers(2, 0, 1010))
    wait, token = limiter.reserve()
    assert wait > 0 and token is not None
    assert limiter.reserve(token) == (0.0, None)  # slept: goes as the probe
    assert limiter.reserve(token) == (PROBE_WAIT, token)  # another sleeper waits for the probe's answer
    limiter.update(_headers(2, 0, 1010), status=429)  # the probe met the old window: header exact now
    assert _wait(limiter, token) == pytest.approx(10 + RESET_MARGIN)  # an old token is not trusted


def test_no_rate_limit_headers_means_no_pacing() -> None:
    limiter = RateLimitTracker(clock=FakeClock(1000.0))
    assert _wait(limiter) == 0.0
    limiter.update(httpx.Headers({}))
    assert [_wait(limiter) for _ in range(100)] == [0.0] * 100
    assert limiter.latest is None


def test_a_probe_without_answer_does_not_hold_the_others() -> None:
    limiter = RateLimitTracker(clock=FakeClock(1000.0))
    assert _wait(limiter) == 0.0
    assert _wait(limiter) == PROBE_WAIT
    limiter.abandon()  # the probe met a connection error
    assert _wait(limiter) == 0.0  # the next caller probes


def test_waits_are_capped() -> None:
    limiter = RateLimitTracker(clock=FakeClock(1000.0), max_wait=60.0)
    limiter.reserve()
    limiter.update(_headers(10, 0, 9999))
    assert _wait(limiter) == 60.0


def _real_clock_client(
    sandbox: SandboxHandle, wire: Log, async_: bool = False, **kwargs: object
) -> tuple[Any, Any]:
    """A client that really sleeps (its tasks run concurrently), reading the sandbox's clock."""
    if async_:
        ahttp = httpx.AsyncClient(transport=AsyncRecordingTransport(wire))
        client: Any = AsyncIntercom(token=sandbox.token, base_url=sandbox.url, http_client=ahttp, **kwargs)  # type: ignore[arg-type]
        http: Any = ahttp
    else:
        http = httpx.Client(transport=RecordingTransport(wire))
        client = Intercom(token=sandbox.token, base_url=sandbox.url, http_client=http, **kwargs)  # type: ignore[arg-type]
    client._retry_policy.clock = sandbox.now
    client._rate_limits.clock = sandbox.now
    return client, http


def test_threads_of_one_client_share_the_budget(sandbox: SandboxHandle) -> None:
    """15 threads, 5 requests per 1-second window: paced by one limiter.

    The sandbox's ``X-RateLimit-Reset`` is exact, so the limiter's first early probe (it starts by assuming
    the header is rounded up) may meet one 429; after that it waits until Reset. No other 429 reaches the wire.
    """
    sandbox.configure(rate_limit=5, rate_window=1)
    wire = Log()
    client, http = _real_clock_client(sandbox, wire, throttle=True)
    with http, client, ThreadPoolExecutor(15) as pool:
        statuses = list(pool.map(lambda _: client._http.get("/me").status_code, range(15)))
    assert statuses == [200] * 15
    assert wire.statuses().count(200) == 15
    assert wire.statuses().count(429) <= 1


@pytest.mark.anyio
async def test_asyncio_tasks_of_one_client_share_the_budget(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=5, rate_window=1)
    wire = Log()
    client, http = _real_clock_client(sandbox, wire, async_=True, throttle=True)
    async with http, client:
        responses = await asyncio.gather(*(client._http.get("/me") for _ in range(15)))
    assert [r.status_code for r in responses] == [200] * 15
    assert wire.statuses().count(200) == 15
    assert wire.statuses().count(429) <= 1  # the first early probe, as with threads


def test_without_throttle_a_burst_retries_its_429s_paced(sandbox: SandboxHandle) -> None:
    """Without throttle the burst meets the limit once; its retries are shared out window by window."""
    sandbox.configure(rate_limit=5, rate_window=1)
    wire = Log()
    client, http = _real_clock_client(sandbox, wire)
    with http, client, ThreadPoolExecutor(15) as pool:
        responses = list(pool.map(lambda _: client._http.get("/me"), range(15)))
    assert [r.status_code for r in responses] == [200] * 15
    retries = sorted(r.extensions[RETRIES_EXTENSION] for r in responses)
    assert retries[:5] == [0] * 5 and max(retries) <= client.max_retries
    assert wire.statuses().count(200) == 15


def test_without_throttle_the_limit_is_hit_and_429_retried(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=5, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps)
    with http, client:
        for _ in range(8):
            assert client._http.get("/me").status_code == 200
    assert wire.statuses().count(429) == 1  # the 6th request, waited out via X-RateLimit-Reset
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 10 + RESET_ROUNDING + RESET_MARGIN  # Reset is rounded up


def test_throttle_waits_before_the_limit_instead_of_after(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=5, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps, throttle=True)
    with http, client:
        for _ in range(12):
            assert client._http.get("/me").status_code == 200
    # The first turnover probes one second before the (whole-second) Reset; where the header is exact,
    # as here once the sandbox clock is moved, that probe meets the old window once, and the header is
    # trusted from then on.
    assert wire.statuses().count(429) <= 1
    assert len(wire) == 12 + wire.statuses().count(429)
    assert len(sleeps) >= 2 and all(0 < s <= 10 + RESET_ROUNDING + RESET_MARGIN for s in sleeps)
    assert client.rate_limit is not None and client.rate_limit.limit == 5


@pytest.mark.anyio
async def test_async_throttle(sandbox: SandboxHandle) -> None:
    sandbox.configure(rate_limit=4, rate_window=10)
    wire, sleeps = Log(), []
    client, http = make_async_client(sandbox, wire, sleeps, throttle=True)
    async with http, client:
        for _ in range(9):
            await client._http.get("/me")
    assert wire.statuses().count(429) <= 1  # see test_throttle_waits_before_the_limit_instead_of_after
    assert len(sleeps) >= 2
