"""Fixed-window rate limiting with Intercom's headers.

The real API counts requests in ~10-second windows and reports them in ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (epoch seconds of the next window). Windows are
aligned to multiples of the window length on the sandbox clock, so advancing the clock by one window
always refills the budget.
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
    reset: int

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class RateLimiter:
    """Counts requests per key (the bearer token) per window."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = max(int(window), 1)
        self._counts: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def _window_start(self, now: float) -> int:
        return int(math.floor(now / self.window) * self.window)

    def hit(self, key: str, now: float) -> RateDecision:
        """Count a request; ``allowed`` is False once the window's budget is spent."""
        start = self._window_start(now)
        reset = start + self.window
        if self.limit <= 0:
            return RateDecision(True, 0, 0, reset)
        with self._lock:
            window_start, used = self._counts.get(key, (start, 0))
            if window_start != start:
                used = 0
            if used >= self.limit:
                self._counts[key] = (start, used)
                return RateDecision(False, self.limit, 0, reset)
            used += 1
            self._counts[key] = (start, used)
        return RateDecision(True, self.limit, self.limit - used, reset)

    def peek(self, key: str, now: float) -> RateDecision:
        """The headers a request would see, without counting it (for refused/uncounted requests)."""
        start = self._window_start(now)
        reset = start + self.window
        with self._lock:
            window_start, used = self._counts.get(key, (start, 0))
        if window_start != start:
            used = 0
        return RateDecision(used < self.limit, self.limit, max(self.limit - used, 0), reset)

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
