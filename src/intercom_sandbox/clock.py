"""A controllable clock.

Export jobs, scroll expiry, job expiry and rate-limit windows all depend on time. Tests must drive
them without sleeping, so the sandbox reads time only from here: real time plus an offset that the
control plane (``POST /_sandbox/clock/advance``) moves forward.
"""

from __future__ import annotations

import threading
import time


class SandboxClock:
    """Wall-clock time shifted by an adjustable offset.

    ``start`` is fixed when the clock is made: the seeded data set is laid out relative to it, so the
    same seed and the same start give byte-identical data.
    """

    def __init__(self, start: float | None = None) -> None:
        self._lock = threading.Lock()
        real_now = time.time()
        #: Whether the start was fixed (``--clock-start``): then time flows from it; otherwise the clock
        #: is the wall clock itself, to the sub-second (an integer start would lag it by up to a second,
        #: and a client comparing X-RateLimit-Reset with its own clock would wake too early).
        self.fixed = start is not None
        self.start: int = int(start if start is not None else real_now)
        self._base_offset = self._offset(real_now)
        self._advanced = 0.0

    def _offset(self, real_now: float) -> float:
        return self.start - real_now if self.fixed else 0.0

    def now(self) -> float:
        """Current sandbox time in epoch seconds."""
        with self._lock:
            return time.time() + self._base_offset + self._advanced

    def offset(self) -> float:
        """The sandbox clock minus the wall clock (constant between advances and resets)."""
        with self._lock:
            return self._base_offset + self._advanced

    def advance(self, seconds: float) -> float:
        """Move the clock forward (never backward: jobs and windows only move one way)."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._advanced += seconds
        return self.now()

    @property
    def advanced(self) -> float:
        """Total seconds added by :meth:`advance` since the last reset."""
        return self._advanced

    def reset(self) -> None:
        """Forget every advance; real time keeps flowing from ``start``."""
        with self._lock:
            self._advanced = 0.0
            self._base_offset = self._offset(time.time())
