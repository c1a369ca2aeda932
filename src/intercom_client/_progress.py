"""Progress reporting for long exports: one small immutable event type, one callback signature.

The shape is a contract with the CLI (it draws a progress bar from it), so fields are only ever added,
never renamed. Callbacks run synchronously on the caller's thread (or event loop) between I/O steps:
keep them cheap. An exception raised by a callback propagates and aborts the operation, which is also
how a caller can stop a wait (the job is canceled as for Ctrl-C).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["ProgressCallback", "ProgressEvent", "ProgressStage", "ProgressTracker"]

ProgressStage = Literal["created", "waiting", "downloading", "done"]


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """A snapshot of an export's progress.

    Attributes:
        stage: ``"created"`` (job accepted), ``"waiting"`` (after each status poll), ``"downloading"``
            (after each chunk written), ``"done"`` (file committed or rows exhausted).
        job_id: the export's ``job_identifier``.
        status: the job's last known status (``"pending"``, ``"in_progress"``, ``"completed"``...).
        bytes_downloaded: bytes received so far (compressed, as on the wire).
        total_bytes: the response's ``Content-Length`` if the server sent one (Intercom streams, so
            usually ``None``: show a spinner rather than a percentage).
        elapsed: seconds since the operation started (monotonic clock).
    """

    stage: ProgressStage
    job_id: str
    status: str | None = None
    bytes_downloaded: int = 0
    total_bytes: int | None = None
    elapsed: float = 0.0


ProgressCallback = Callable[[ProgressEvent], None]


class ProgressTracker:
    """Builds events with a shared start time; a no-op when there is no callback."""

    __slots__ = ("_callback", "_clock", "_start", "job_id", "status")

    def __init__(
        self,
        callback: ProgressCallback | None,
        job_id: str = "",
        *,
        clock: Callable[[], float] = time.monotonic,
        start: float | None = None,
    ) -> None:
        self._callback = callback
        self._clock = clock
        self._start = clock() if start is None else start
        self.job_id = job_id
        self.status: str | None = None

    def emit(
        self,
        stage: ProgressStage,
        *,
        status: str | None = None,
        bytes_downloaded: int = 0,
        total_bytes: int | None = None,
    ) -> None:
        if status is not None:
            self.status = status
        if self._callback is None:
            return
        self._callback(
            ProgressEvent(
                stage=stage,
                job_id=self.job_id,
                status=self.status,
                bytes_downloaded=bytes_downloaded,
                total_bytes=total_bytes,
                elapsed=self._clock() - self._start,
            )
        )
