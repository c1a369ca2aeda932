"""Rate-limit state read from Intercom's ``X-RateLimit-*`` headers, and the optional throttle.

Intercom counts requests in ~10-second windows and reports ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (epoch seconds, sometimes missing) on responses.
The transport feeds every response here; ``client.rate_limit`` reads the latest snapshot. With
``throttle=True`` the transport asks :meth:`RateLimitTracker.throttle_wait` before each send and
sleeps until the window resets when the budget is nearly spent, instead of running into a 429.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["RateLimit", "RateLimitTracker"]


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
    """The latest :class:`RateLimit` of one client (shared by its ``with_options`` copies).

    Thread-safe: several threads may share one client.
    """

    #: Throttle when fewer than this fraction of the window's budget is left...
    low_fraction: float = 0.05
    #: ...or fewer than this many requests, whichever is larger.
    low_absolute: int = 2

    def __init__(self, clock: Callable[[], float] = time.time, max_wait: float = 60.0) -> None:
        self._lock = threading.Lock()
        self._latest: RateLimit | None = None
        self.clock = clock
        self.max_wait = max_wait

    @property
    def latest(self) -> RateLimit | None:
        with self._lock:
            return self._latest

    def update(self, headers: httpx.Headers) -> None:
        """Record the headers of a response (keeps the previous snapshot if none are present)."""
        snapshot = RateLimit.from_headers(headers)
        if snapshot is not None:
            with self._lock:
                self._latest = snapshot

    def throttle_wait(self) -> float:
        """Seconds to wait before the next request so as not to hit the limit (0 = go now).

        Consumes the "low" state: after waiting, the budget is assumed refilled until the next response
        says otherwise, so concurrent callers do not all wait twice.
        """
        with self._lock:
            rl = self._latest
            if rl is None or rl.remaining is None or rl.reset_at is None:
                return 0.0
            threshold = max(self.low_absolute, int((rl.limit or 0) * self.low_fraction))
            if rl.remaining >= threshold:
                return 0.0
            wait = rl.reset_at - self.clock()
            if wait <= 0:
                return 0.0
            self._latest = RateLimit(limit=rl.limit, remaining=rl.limit, reset_at=rl.reset_at)
        return min(wait, self.max_wait)


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
