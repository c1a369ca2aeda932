"""Fixed-window rate limiting with Intercom's headers.

The real API counts requests in ~10-second windows and reports them in ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (epoch seconds of the next window). Windows are
aligned to multiples of the window length on the sandbox clock, so advancing the clock by one window
always refills the budget.

``X-RateLimit-Reset`` is written in wall-clock time: the window's end on the sandbox clock minus the
clock's offset from the wall clock (exact, not "now + time left", whose two clock reads would differ by a
few microseconds and round a whole second late), rounded up. A client waits in real time, so after
``clock/advance`` the header still says "in at most one window" rather than an hour ahead, and rounding up
means a 429's reset is never in the past. An unlimited sandbox (limit 0) sends no limit headers at all, so no client throttles itself.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class RateDecision:
    """The outcome of one request against the limiter."""

    allowed: bool
    limit: int
    remaining: int
    #: Seconds (on the sandbox clock) until the window ends.
    reset_in: float
    #: The window's end on the sandbox clock (epoch seconds).
    window_end: float = 0.0

    def reset_at(self, offset: float = 0.0) -> int:
        """The window's end in wall-clock epoch seconds, rounded up.

        ``offset`` is the sandbox clock minus the wall clock (``SandboxClock.offset()``). The sum is
        rounded to the microsecond first, so float noise cannot push an exact second to the next one.
        """
        return math.ceil(round(self.window_end - offset, 6))

    def headers(self, offset: float = 0.0) -> dict[str, str]:
        if self.limit <= 0:
            return {}
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_at(offset)),
        }


class RateLimiter:
    """Counts requests per key (the bearer token) per window."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = max(int(window), 1)
        self._counts: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, now: float) -> RateDecision:
        """Count a request; ``allowed`` is False once the window's budget is spent."""
        return self._decide(key, now, count=True)

    def peek(self, key: str, now: float) -> RateDecision:
        """The headers a request would see, without counting it (for refused/uncounted requests)."""
        return self._decide(key, now, count=False)

    def _decide(self, key: str, now: float, *, count: bool) -> RateDecision:
        start = int(math.floor(now / self.window) * self.window)
        end = start + self.window
        reset = end - now
        if self.limit <= 0:
            return RateDecision(True, 0, 0, reset, end)
        with self._lock:
            window_start, used = self._counts.get(key, (start, 0))
            if window_start != start:
                used = 0
            allowed = used < self.limit
            if count:
                used += 1 if allowed else 0
                self._counts[key] = (start, used)
        if count and not allowed:
            return RateDecision(False, self.limit, 0, reset, end)
        return RateDecision(allowed, self.limit, max(self.limit - used, 0), reset, end)

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
