"""Rate-limit state read from Intercom's ``X-RateLimit-*`` headers, and the limiter shared by a client.

Intercom counts requests per app in fixed windows (the documented per-minute limits are enforced in
~10-second slices: intercom-ruby issue 475, "Exceeded rate limit of 83 in 10_seconds") and reports
``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (epoch seconds of the next
window, sometimes missing). The window is the app's, not the task's: twenty threads or asyncio tasks of
one client spend one budget, so pacing has to be decided in one place they all ask.

:class:`RateLimitTracker` is that place, one per client (``with_options`` copies share it). Every
response feeds :meth:`~RateLimitTracker.update`; before a request is sent, the transport asks
:meth:`~RateLimitTracker.reserve` how long to wait, which *takes a slot* of the current window when one
is left, so concurrent callers never count the same slot twice:

* nothing known yet: the first caller goes alone (a probe), the others wait for its answer to learn the
  limit (a response without the headers means the server advertises no limit: everyone goes);
* slots left in the window: take one, go now;
* none left: wait until ``X-RateLimit-Reset`` plus a small margin (the header is whole seconds; waking
  early costs a 429 and a second wait), then send one probe; its answer opens the next window's budget
  to everyone. The window only turns over when the *server* says so (a later ``Reset``), never on our
  clock alone: if our clock runs ahead of the server's, the probe meets the old window, and the lag it
  shows is added to every later wait;
* a late answer from an old window never refills the budget of the new one.

The transport asks before every request when the client was built with ``throttle=True``, and before
every retry of a 429 in any case, so a burst that ran into the limit retries at the rate the server
allows instead of all at once. ``clock`` is an attribute so tests can read the sandbox's clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["PROBE_EXPIRY", "PROBE_WAIT", "RESET_MARGIN", "RateLimit", "RateLimitTracker"]

#: Seconds a caller waits before asking again while the first request's answer is awaited.
PROBE_WAIT = 0.01
#: Seconds added to ``X-RateLimit-Reset`` before a window is taken as refilled.
RESET_MARGIN = 0.05
#: Seconds after which a probe that never answered (a task cancelled mid-request) no longer holds the others.
PROBE_EXPIRY = 30.0


@dataclass(frozen=True, slots=True)
class RateLimit:
    """One snapshot of the rate-limit headers (any field may be ``None`` when the header was absent)."""

    limit: int | None
    remaining: int | None
    reset_at: float | None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """The snapshot in ``headers``, or ``None`` when no rate-limit header is present."""
        limit = _int(headers.get("x-ratelimit-limit"))
        remaining = _int(headers.get("x-ratelimit-remaining"))
        reset_at = _float(headers.get("x-ratelimit-reset"))
        if limit is None and remaining is None and reset_at is None:
            return None
        return cls(limit=limit, remaining=remaining, reset_at=reset_at)


class RateLimitTracker:
    """The latest :class:`RateLimit` of one client and the window budget its requests share.

    Thread-safe (one lock, held only for arithmetic): threads and the tasks of an event loop may share
    one client. The waiting itself is the caller's (``time.sleep`` or ``anyio.sleep``).
    """

    def __init__(self, clock: Callable[[], float] = time.time, max_wait: float = 60.0) -> None:
        self._lock = threading.Lock()
        self._latest: RateLimit | None = None
        self.clock = clock
        self.max_wait = max_wait
        #: The server's budget per window, once known; None = not known yet.
        self._limit: int | None = None
        #: Slots we believe are left in the current window.
        self._budget = 0
        #: The server's end of the current window (its ``X-RateLimit-Reset``).
        self._window_end = 0.0
        #: How far our clock runs ahead of the server's, as learned from answers (never negative).
        self._skew = 0.0
        #: The server sent no usable rate-limit headers: it advertises no limit.
        self._unlimited = False
        #: When the request out to learn the limit or the next window left (None: no probe out);
        #: the others wait for its answer.
        self._probe_sent: float | None = None

    @property
    def latest(self) -> RateLimit | None:
        with self._lock:
            return self._latest

    def update(self, headers: httpx.Headers) -> None:
        """Record the headers of a response and reconcile the shared budget with the server's count."""
        snapshot = RateLimit.from_headers(headers)
        with self._lock:
            self._probe_sent = None
            if snapshot is not None:
                self._latest = snapshot
            if snapshot is None or not snapshot.limit or snapshot.limit <= 0 or snapshot.reset_at is None:
                if self._limit is None:
                    self._unlimited = True
                return
            self._unlimited = False
            first = self._limit is None
            self._limit = snapshot.limit
            reset, remaining = snapshot.reset_at, max(snapshot.remaining or 0, 0)
            if first or reset > self._window_end:
                # A window we had not seen: its budget is what the server has left (while the window
                # turns over only the probe is out, so nothing of ours is missing from that count).
                self._window_end, self._budget = reset, remaining
            elif reset == self._window_end:
                # Our current window: the server may have counted fewer requests than we sent (some are
                # still in flight), never more, so the smaller budget is the true one.
                self._budget = min(self._budget, remaining)
                lag = self.clock() - reset
                if lag > self._skew:
                    self._skew = lag  # the server is still in a window our clock says is over
            # reset < window_end: an answer from a window already left; it says nothing about this one.

    def reserve(self) -> float:
        """Seconds to wait before sending; ``0`` means go now (a slot of the window was taken).

        A caller told to wait sleeps that long and asks again.
        """
        with self._lock:
            if self._unlimited:
                return 0.0
            if self._limit is not None and self._budget > 0:
                self._budget -= 1
                return 0.0
            if self._limit is not None:
                wait = self._window_end + self._skew + RESET_MARGIN - self.clock()
                if wait > 0:
                    return min(wait, self.max_wait)
            now = time.monotonic()
            if self._probe_sent is not None and now - self._probe_sent < PROBE_EXPIRY:
                return PROBE_WAIT
            self._probe_sent = now
            return 0.0

    def abandon(self) -> None:
        """The request that took a slot got no answer (a connection error): a probe no longer holds anyone."""
        with self._lock:
            self._probe_sent = None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None and value.strip() else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None and value.strip() else None
    except ValueError:
        return None
