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
* none left: wait for the window's end, then send one probe; its answer opens the next window's budget
  to everyone. The window only turns over when the *server* says so (a later ``Reset``), never on our
  clock alone. ``Reset`` is whole seconds, and servers round it up (the sandbox does: never in the
  past): so the first probe goes one second before it; if that probe meets the old window, the header
  is taken as exact from then on, and any further lag the probes show (a server clock behind ours) is
  added to later waits. The wait ends a small margin after the estimated end;
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

#: What a caller waited for: the window's end and the offset its wait was computed with.
Token = tuple[float, float]

__all__ = [
    "PROBE_EXPIRY",
    "PROBE_WAIT",
    "RESET_MARGIN",
    "RESET_ROUNDING",
    "RateLimit",
    "RateLimitTracker",
    "Token",
]

#: Seconds a caller waits before asking again while the first request's answer is awaited.
PROBE_WAIT = 0.01
#: Seconds added to ``X-RateLimit-Reset`` before a window is taken as refilled.
RESET_MARGIN = 0.05
#: ``X-RateLimit-Reset`` is whole seconds: answers of one window may disagree by this much.
RESET_ROUNDING = 1.0
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
        #: Where the window really ends relative to its ``Reset`` header: -1 s while the header is
        #: assumed rounded up, then 0 or the lag learned from probes that met an old window.
        self._offset = -RESET_ROUNDING
        #: The server sent no usable rate-limit headers: it advertises no limit.
        self._unlimited = False
        #: When the request out to learn the limit or the next window left (None: no probe out);
        #: the others wait for its answer.
        self._probe_sent: float | None = None

    @property
    def latest(self) -> RateLimit | None:
        with self._lock:
            return self._latest

    def update(self, headers: httpx.Headers, status: int | None = None) -> None:
        """Record the headers of a response and reconcile the shared budget with the server's count.

        A 429 ends the early probing: the server has said "until Reset", and a retry must not wake
        before it.
        """
        snapshot = RateLimit.from_headers(headers)
        with self._lock:
            self._probe_sent = None
            if status == 429:
                self._offset = max(self._offset, 0.0)
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
            if first:
                self._window_end, self._budget = reset, remaining
                return
            over = self.clock() >= self._window_end + self._offset
            if reset > self._window_end and (over or reset > self._window_end + RESET_ROUNDING):
                # A window we had not seen (the probe's answer, or a server ahead of our clock): its
                # budget is what the server has left; while a window turns over only the probe is out,
                # so nothing of ours is missing from that count.
                self._window_end, self._budget = reset, remaining
            elif reset >= self._window_end - RESET_ROUNDING:
                # Our current window. The header is whole seconds, rounded either way, so answers of one
                # window may differ by a second: its earliest end is the true one. The server may have
                # counted fewer requests than we sent (some are still in flight), never more, so the
                # smaller budget is the true one.
                self._window_end = min(self._window_end, reset)
                self._budget = min(self._budget, remaining)
                if over:
                    # The server still counts in a window we took as over: the header was not rounded
                    # up, or the server's clock is behind ours. Wait longer from now on.
                    self._offset = max(self._offset, 0.0, self.clock() - self._window_end)
            # Otherwise an answer from a window already left: it says nothing about this one.

    def reserve(self, waited_for: Token | None = None) -> tuple[float, Token | None]:
        """``(seconds to wait, token)`` before sending; a wait of ``0`` means go now (a slot was taken).

        A caller told to wait sleeps that long and asks again, passing the token back. While nothing
        new was learnt about the window it waited for, the caller is not sent back to sleep by a clock
        that disagrees with its sleep (a clock that jumped, or a test moving the server's time instead
        of ours): it may go as the probe, or waits for the probe's answer.
        """
        with self._lock:
            if self._unlimited:
                return 0.0, None
            if self._limit is not None and self._budget > 0:
                self._budget -= 1
                return 0.0, None
            token: Token | None = None
            if self._limit is not None:
                token = (self._window_end, self._offset)
                wait = self._window_end + self._offset + RESET_MARGIN - self.clock()
                if wait > 0 and waited_for != token:
                    return min(wait, self.max_wait), token
            now = time.monotonic()
            if self._probe_sent is not None and now - self._probe_sent < PROBE_EXPIRY:
                return PROBE_WAIT, token
            self._probe_sent = now
            return 0.0, None

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
