"""The pure retry policy: which outcomes are retried and the computed waits (no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from intercom_client._ratelimit import RESET_MARGIN
from intercom_client._retry import IDEMPOTENT_EXTENSION, RETRY_SERVER_ERRORS_EXTENSION, RetryPolicy

NOW = 1_700_000_000.0


def policy(**kwargs: object) -> RetryPolicy:
    return RetryPolicy(jitter=lambda: 1.0, clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def req(method: str = "GET", **extensions: object) -> httpx.Request:
    return httpx.Request(
        method, "https://api.intercom.io/x", extensions=extensions, headers={"Accept": "application/json"}
    )


def resp(status: int, headers: dict[str, str] | None = None, content: bytes = b"") -> httpx.Response:
    return httpx.Response(status, headers=headers, content=content)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_retries_retryable_statuses(status: int) -> None:
    assert policy().should_retry(req("GET"), 0, response=resp(status))


@pytest.mark.parametrize("status", [200, 201, 400, 401, 403, 404, 409, 422])
def test_non_retryable_statuses(status: int) -> None:
    assert not policy().should_retry(req("GET"), 0, response=resp(status, content=b"{}"))


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD"])
def test_idempotent_methods_retry_5xx(method: str) -> None:
    assert policy().should_retry(req(method), 0, response=resp(500))


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_only_on_429_or_unsent(method: str) -> None:
    p = policy()
    assert not p.should_retry(req(method), 0, response=resp(500))
    assert not p.should_retry(req(method), 0, response=resp(408))
    assert p.should_retry(req(method), 0, response=resp(429))
    assert p.should_retry(req(method), 0, error=httpx.ConnectError("refused"))
    assert p.should_retry(req(method), 0, error=httpx.ConnectTimeout("slow connect"))
    assert p.should_retry(req(method), 0, error=httpx.PoolTimeout("pool"))
    assert not p.should_retry(req(method), 0, error=httpx.ReadTimeout("may have been applied"))
    assert not p.should_retry(req(method), 0, error=httpx.RemoteProtocolError("dropped"))
    # read-only POST search opts in to GET-like retries
    assert p.should_retry(req(method, **{IDEMPOTENT_EXTENSION: True}), 0, response=resp(500))


def test_get_retries_timeouts_and_network_errors_not_protocol_misuse() -> None:
    p = policy()
    assert p.should_retry(req(), 0, error=httpx.ReadTimeout("t"))
    assert p.should_retry(req(), 0, error=httpx.ReadError("reset"))
    assert not p.should_retry(req(), 0, error=httpx.UnsupportedProtocol("ftp"))


def test_attempts_are_bounded() -> None:
    p = policy(max_retries=2)
    assert p.should_retry(req(), 1, response=resp(500))
    assert not p.should_retry(req(), 2, response=resp(500))
    assert not policy(max_retries=0).should_retry(req(), 0, error=httpx.ConnectError("x"))


def test_mid_scroll_server_errors_are_not_retried() -> None:
    r = req("GET", **{RETRY_SERVER_ERRORS_EXTENSION: False})
    assert not policy().should_retry(r, 0, response=resp(500))
    assert policy().should_retry(r, 0, response=resp(429))


def test_empty_200_get_is_retried_only_when_json_was_asked() -> None:
    empty = resp(200, {"content-length": "0"})
    assert policy().should_retry(req("GET"), 0, response=empty)
    assert not policy().should_retry(req("POST"), 0, response=empty)
    octet = httpx.Request(
        "GET", "https://api.intercom.io/download", headers={"Accept": "application/octet-stream"}
    )
    assert not policy().should_retry(octet, 0, response=empty)


def test_exponential_backoff_with_cap_and_jitter() -> None:
    p = policy()
    assert [p.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    low = RetryPolicy(jitter=lambda: 0.75)
    assert low.delay(3) == 3.0
    real = RetryPolicy()
    assert all(0.375 <= real.delay(0) <= 0.5 for _ in range(50))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),  # ms wins
        ({"Retry-After": "5", "X-RateLimit-Reset": str(int(NOW) + 30)}, 5.0),  # Retry-After beats reset
        ({"X-RateLimit-Reset": str(int(NOW) + 4)}, 4.0 + RESET_MARGIN),  # never before the reset
        ({"X-RateLimit-Reset": str(int(NOW) - 10)}, 0.5),  # a reset in the past: backoff instead
        ({"Retry-After": "soon"}, 0.5),  # unparseable: backoff
        ({}, 0.5),
    ],
)
def test_429_waits(headers: dict[str, str], expected: float) -> None:
    assert policy().delay(0, resp(429, headers)) == pytest.approx(expected)


def test_retry_after_http_date() -> None:
    def date(offset: float) -> str:
        return format_datetime(datetime.fromtimestamp(NOW + offset, tz=UTC), usegmt=True)

    assert policy().delay(0, resp(503, {"Retry-After": date(12)})) == 12.0
    assert policy().delay(0, resp(503, {"Retry-After": date(-30)})) == 0.5  # already past → backoff
    assert policy().delay(0, resp(503, {"Retry-After": date(600)})) is None  # above the cap


def test_reset_is_only_used_for_429() -> None:
    # Intercom sends X-RateLimit-Reset on every response: a 500 must not wait for the window
    assert policy().delay(1, resp(500, {"X-RateLimit-Reset": str(int(NOW) + 9)})) == 1.0


def test_server_wait_above_cap_means_no_retry() -> None:
    p = policy()
    assert p.delay(0, resp(429, {"Retry-After": "61"})) is None
    assert p.next_delay(req(), 0, response=resp(429, {"Retry-After": "61"})) is None
    assert p.delay(0, resp(429, {"Retry-After": "60"})) == 60.0
    assert policy(max_server_wait=5).delay(0, resp(429, {"X-RateLimit-Reset": str(int(NOW) + 6)})) is None


def test_next_delay_combines_both() -> None:
    p = policy()
    assert p.next_delay(req("POST"), 0, response=resp(500)) is None
    assert p.next_delay(req("POST"), 0, response=resp(429, {"Retry-After": "2"})) == 2.0
    assert p.next_delay(req(), 1, error=httpx.ConnectError("x")) == 1.0


@pytest.mark.parametrize("body", [b"", b"  ", b'{"type": "list", "data": [', b"<html>oops</html>"])
def test_a_cut_or_empty_json_body_is_retried_when_idempotent(body: bytes) -> None:
    ok = resp(200, content=body)
    assert policy().should_retry(req("GET"), 0, response=ok)
    assert not policy().should_retry(req("POST"), 0, response=ok)  # the write may have happened
    assert policy().should_retry(req("POST", **{IDEMPOTENT_EXTENSION: True}), 0, response=ok)


def test_the_export_slot_refusal_is_final() -> None:
    """One job per workspace: a retry seconds later cannot succeed, so the 429 is not retried."""
    body = b'{"type": "error.list", "errors": [{"code": "rate_limit_exceeded", "message": "Exceeded rate limit of 1 pending message data export jobs"}]}'
    assert not policy().should_retry(req("POST"), 0, response=resp(429, content=body))
    plain = b'{"type": "error.list", "errors": [{"code": "rate_limit_exceeded", "message": "Rate Limit Exceeded"}]}'
    assert policy().should_retry(req("POST"), 0, response=resp(429, content=plain))


def test_download_restarts_are_decided_by_the_policy() -> None:
    p = policy()
    assert [p.restart_delay(n, 3) for n in (1, 2, 3)] == [0.5, 1.0, None]


def test_only_a_429_without_retry_after_is_paced_by_the_limiter() -> None:
    p = policy()
    assert p.paces_retry(resp(429, {"X-RateLimit-Reset": str(int(NOW) + 4)}))
    assert not p.paces_retry(resp(429, {"Retry-After": "2"}))
    assert not p.paces_retry(resp(503))
