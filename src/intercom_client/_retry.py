"""The retry policy as pure code: which failures to retry, and how long to wait first.

No I/O and no sleeping here. Every retry decision of the facade is made by one :class:`RetryPolicy`:
the sync and async transports (``_transport``) ask it after each attempt, and the export downloads ask
it before restarting a cut stream (:meth:`RetryPolicy.restart_delay`). ``jitter`` and ``clock`` are
attributes so tests can pin them; the sleeping itself belongs to the client (``Intercom._sleep``).

Rules (see docs/facade.md, "Retries"):

* retryable outcomes: connection errors and timeouts, 408, 429, 5xx, and an idempotent request
  answered 2xx with an empty or cut-off JSON body (Intercom sends an empty 200 occasionally; a body
  cut mid-way is a broken connection that happened to end cleanly);
* the 429 "Exceeded rate limit of 1 pending ... export jobs" is final: the workspace's one export slot
  is taken and waiting seconds cannot free it (:class:`~intercom_client.ExportJobLimitError`);
* POST/PATCH are not idempotent, so they are retried only when the request certainly never reached
  the server (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) or on 429 (a rate-limited request
  was not processed). A request can opt in to full retries with the ``intercom_idempotent``
  extension (the paginator does so for read-only ``POST .../search``);
* the wait is the server's ``retry-after-ms``/``Retry-After`` (seconds or HTTP date), else, for 429,
  until ``X-RateLimit-Reset`` (epoch seconds, plus a small margin: the header is whole seconds and
  waking early costs another 429), else ``0.5 * 2**attempt`` seconds capped at 8 s with up to 25 %
  jitter subtracted;
* a server-requested wait above ``max_server_wait`` (60 s) is not waited for: the response is
  returned and surfaces as :class:`~intercom_client.RateLimitError` (or the 5xx class).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import httpx

from ._errors import is_job_limit_response, parse_retry_after
from ._ratelimit import (
    RESET_MARGIN,
    _float,  # the header parse of X-RateLimit-* (one definition)
)
from ._record import Record

__all__ = [
    "IDEMPOTENT_EXTENSION",
    "NOT_SENT_ERRORS",
    "RETRY_SERVER_ERRORS_EXTENSION",
    "RetryPolicy",
    "is_retryable_status",
    "is_search",
]

#: Request extension marking a non-idempotent method as safe to repeat (read-only POST search).
IDEMPOTENT_EXTENSION = "intercom_idempotent"
#: Request extension: ``False`` turns off retries of 5xx for this request (a mid-scroll 500 loses the
#: scroll, so repeating the same ``scroll_param`` cannot succeed; the paginator restarts instead).
RETRY_SERVER_ERRORS_EXTENSION = "intercom_retry_server_errors"


def is_search(method: str, url: str) -> bool:
    """``POST .../search`` only reads: requests built for it carry :data:`IDEMPOTENT_EXTENSION`."""
    return method.upper() == "POST" and url.rstrip("/").endswith("/search")


_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

#: Transport errors raised before a single byte of the request could have been sent: the only failures
#: after which a non-idempotent request (an export's create) is certainly safe to send again.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: Transport errors worth retrying at all (an invalid URL or a protocol bug is not).
_RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def is_retryable_status(status: int) -> bool:
    """408, 429 and 5xx: the statuses that may succeed if simply asked again."""
    return status in (408, 429) or status >= 500


def _default_jitter() -> float:
    """A multiplier in (0.75, 1]: spread simultaneous clients without ever waiting longer than the cap."""
    return 1.0 - 0.25 * random.random()


def _is_idempotent(request: httpx.Request) -> bool:
    return request.method.upper() in _IDEMPOTENT_METHODS or bool(request.extensions.get(IDEMPOTENT_EXTENSION))


def _wants_json(request: httpx.Request) -> bool:
    return "json" in request.headers.get("accept", "")


def is_empty_json_response(request: httpx.Request, response: httpx.Response) -> bool:
    """A GET answered 200 with ``Content-Length: 0`` although JSON was asked for (decided from headers)."""
    return (
        request.method.upper() == "GET"
        and response.status_code == 200
        and response.headers.get("content-length") == "0"
        and _wants_json(request)
    )


def is_cut_json_response(request: httpx.Request, response: httpx.Response) -> bool:
    """A 2xx whose (already read) body cannot be a whole JSON document: empty, or not closed.

    Decided from the ends of the body, not by parsing it (pages can be large and are parsed once,
    later); an unread (streamed) body is never judged here.
    """
    if not response.is_success or not _wants_json(request) or response.status_code == 204:
        return False
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return False
    body = content.strip()
    return not body or body[:1] not in (b"{", b"[") or body[-1:] not in (b"}", b"]")


class RetryPolicy(Record):
    """When to retry and how long to wait; shared verbatim by the sync and async transports.

    Attributes:
        max_retries: retries after the first attempt (``2`` → at most 3 requests).
        initial_backoff / max_backoff: exponential backoff base and cap, in seconds.
        max_server_wait: the longest server-requested wait we honour; longer → give up at once.
        jitter: returns the backoff multiplier (patch with ``lambda: 1.0`` for exact tests).
        clock: epoch seconds, used to turn ``X-RateLimit-Reset`` and HTTP dates into waits.
    """

    _fields = ("max_retries", "initial_backoff", "max_backoff", "max_server_wait", "jitter", "clock")

    def __init__(
        self,
        max_retries: int = 2,
        initial_backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_server_wait: float = 60.0,
        jitter: Callable[[], float] = _default_jitter,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.max_server_wait = max_server_wait
        self.jitter = jitter
        self.clock = clock

    # --- should we? ------------------------------------------------------------------------------

    def should_retry(
        self,
        request: httpx.Request,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> bool:
        """Whether the outcome of attempt number ``attempt`` (0-based) deserves another try.

        Exactly one of ``response`` and ``error`` is given.
        """
        if attempt >= self.max_retries:
            return False
        if error is not None:
            if isinstance(error, NOT_SENT_ERRORS):
                return True
            return isinstance(error, _RETRYABLE_ERRORS) and _is_idempotent(request)
        assert response is not None
        if response.status_code == 429:
            # A rate-limited request was not processed, whatever the method; the export-slot refusal
            # is not a rate limit that passes.
            return not is_job_limit_response(response)
        if is_retryable_status(response.status_code):
            if request.extensions.get(RETRY_SERVER_ERRORS_EXTENSION) is False and response.status_code >= 500:
                return False
            return _is_idempotent(request)
        if is_empty_json_response(request, response):
            return True
        return _is_idempotent(request) and is_cut_json_response(request, response)

    # --- how long? --------------------------------------------------------------------------------

    def backoff(self, attempt: int) -> float:
        """``0.5 * 2**attempt`` capped at ``max_backoff``, times the jitter multiplier."""
        return min(self.initial_backoff * (2.0**attempt), self.max_backoff) * self.jitter()

    def server_wait(self, response: httpx.Response | None) -> float | None:
        """Seconds the server asked for: Retry-After (any status), else X-RateLimit-Reset on a 429."""
        if response is None:
            return None
        wait = parse_retry_after(response.headers, self.clock())
        if wait is not None:
            return wait
        if response.status_code == 429:
            reset = _float(response.headers.get("x-ratelimit-reset"))
            if reset is not None:
                return max(reset + RESET_MARGIN - self.clock(), 0.0)
        return None

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float | None:
        """Seconds to sleep before retry number ``attempt + 1``, or ``None``: the wait is too long to retry.

        A reset that is already past falls back to the backoff rather than hammering at once.
        """
        wait = self.server_wait(response)
        if wait is None or wait <= 0:
            return self.backoff(attempt)
        if wait > self.max_server_wait:
            return None
        return wait

    def next_delay(
        self,
        request: httpx.Request,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """``should_retry`` and ``delay`` combined: the sleep before the next attempt, or None to stop."""
        if not self.should_retry(request, attempt, response=response, error=error):
            return None
        return self.delay(attempt, response)

    def paces_retry(self, response: httpx.Response | None) -> bool:
        """Whether the retry must take a slot of the shared rate limiter before going out.

        A 429 without Retry-After means the window's budget is spent: every request that met it waits
        for the reset, and the limiter shares the next window out instead of letting all of them go at
        once (and most of them fail again). A server-chosen Retry-After is honoured as it is.
        """
        # Only whether a usable Retry-After is present matters here, not the wait it gives.
        return (
            response is not None
            and response.status_code == 429
            and parse_retry_after(response.headers, 0.0) is None
        )

    def restart_delay(self, attempt: int, attempts: int) -> float | None:
        """Seconds before restarting a download cut after ``attempt`` tries (1-based), or None: give up.

        A completed job's file never changes, so a download is restarted from scratch; ``attempts`` is
        the caller's budget (first try included), separate from ``max_retries`` because a restart
        repeats the whole transfer, not one request.
        """
        if attempt >= attempts:
            return None
        return self.backoff(attempt - 1)
