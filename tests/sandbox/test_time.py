"""Real time: the sandbox clock is the wall clock (plus advances), and rate-limit headers say when to
come back in the caller's own time."""

from __future__ import annotations

import math
import time

import httpx

from intercom_sandbox.server import SandboxHandle

LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def test_clock_follows_wall_time_to_the_sub_second(sandbox: SandboxHandle) -> None:
    for _ in range(5):
        before = time.time()
        now = sandbox.now()
        after = time.time()
        # An integer start would lag wall time by up to a second.
        assert before - 0.05 <= now <= after + 0.05


def test_a_429_reset_is_never_in_the_past(sandbox: SandboxHandle, api: httpx.Client) -> None:
    sandbox.configure(rate_limit=1, rate_window=10)
    api.get("/me")
    refused = api.get("/me")
    assert refused.status_code == 429
    reset = int(refused.headers["X-RateLimit-Reset"])
    assert reset >= time.time()
    assert reset <= time.time() + 11


def test_after_advance_the_reset_is_still_within_one_window(
    sandbox: SandboxHandle, api: httpx.Client
) -> None:
    sandbox.configure(rate_limit=1, rate_window=10)
    sandbox.advance(3600)
    api.get("/me")
    refused = api.get("/me")
    assert refused.status_code == 429
    wait = int(refused.headers["X-RateLimit-Reset"]) - time.time()
    assert 0 <= wait <= 11  # an hour-long 429 would make every client give up


def test_advancing_one_window_refills_the_budget(sandbox: SandboxHandle, api: httpx.Client) -> None:
    sandbox.configure(rate_limit=2, rate_window=10)
    assert [api.get("/me").status_code for _ in range(3)] == [200, 200, 429]
    sandbox.advance(10)
    again = api.get("/me")
    assert again.status_code == 200
    assert again.headers["X-RateLimit-Remaining"] == "1"


def test_unlimited_sandbox_advertises_no_limit(sandbox: SandboxHandle, api: httpx.Client) -> None:
    sandbox.configure(rate_limit=0)
    responses = [api.get("/me") for _ in range(3)] + [api.get("/contacts/nope")]
    for response in responses:
        assert response.status_code in (200, 404)
        for header in LIMIT_HEADERS:
            assert header not in response.headers
        assert "X-Request-Id" in response.headers


def test_reset_is_the_window_end_not_a_second_late(sandbox: SandboxHandle, api: httpx.Client) -> None:
    """With the clock not advanced, 1-second windows end on whole seconds: Reset is that second, never +1."""
    sandbox.configure(rate_limit=1000, rate_window=1)
    for _ in range(20):
        before = time.time()
        response = api.get("/me")
        after = time.time()
        reset = int(response.headers["X-RateLimit-Reset"])
        assert math.floor(before) + 1 <= reset <= math.floor(after) + 1
