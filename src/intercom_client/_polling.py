"""Export job states and the wait loop, as pure code shared by the sync and async clients.

The wait is a generator in the style of httpx's ``Auth.auth_flow``: it yields what it needs next
(:data:`FETCH` a fresh status, or :class:`Sleep` for some seconds) and receives the fetched
:class:`JobInfo`. :func:`drive` and :func:`adrive` are the only I/O loops, so the state rules
(``complete`` == ``completed``, ``no_data`` is an empty success, backoff, timeout) exist once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import ExportCanceledError, ExportFailedError, ExportTimeoutError
from ._progress import ProgressTracker

__all__ = [
    "DONE_STATUSES",
    "FETCH",
    "JobInfo",
    "PollPolicy",
    "Sleep",
    "adrive",
    "drive",
    "outcome",
    "wait_flow",
]

#: Both spellings mean "finished, file ready": content exports say ``completed``, reporting and the
#: older docs say ``complete`` (spec-quirks T4); ``success`` is the generic /jobs/status spelling.
DONE_STATUSES = frozenset({"completed", "complete", "success"})
NO_DATA = "no_data"


def _int_or_none(value: Any) -> int | None:
    """``download_expires_at`` arrives as a string of epoch seconds, or ``""`` until there is a file."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class JobInfo:
    """One status snapshot of an export job, as the API reported it.

    Attributes:
        job_id: ``job_identifier`` (the seeds' model also misspells it ``job_identfier``; both read).
        status: the raw status string; unknown future values are kept and treated as still active.
        download_url: where the file is, or ``None`` while there is none (the API sends ``""``).
        download_expires_at: epoch seconds after which the file is gone, or ``None``.
        raw: the whole JSON body, for fields this class does not model.
    """

    job_id: str
    status: str
    download_url: str | None = None
    download_expires_at: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, body: Mapping[str, Any], *, job_id: str | None = None) -> JobInfo:
        ident = body.get("job_identifier") or body.get("job_identfier") or job_id or ""
        status = str(body.get("status") or "").strip().lower()
        url = body.get("download_url")
        return cls(
            job_id=str(ident),
            status=status,
            download_url=str(url) if url else None,
            download_expires_at=_int_or_none(body.get("download_expires_at")),
            raw=dict(body),
        )

    @property
    def is_done(self) -> bool:
        """Finished with a file to download (``completed`` or ``complete``)."""
        return self.status in DONE_STATUSES

    @property
    def is_no_data(self) -> bool:
        return self.status == NO_DATA

    @property
    def is_terminal(self) -> bool:
        return self.is_done or self.is_no_data or self.status in ("failed", "canceled", "cancelled")

    @property
    def is_active(self) -> bool:
        """Still running: ``pending``, ``in_progress`` or any status this client does not know yet."""
        return not self.is_terminal


def outcome(info: JobInfo) -> JobInfo | None:
    """``info`` when the job finished usefully (done or no_data), ``None`` while active; raises otherwise.

    Raises:
        ExportFailedError: status ``failed``.
        ExportCanceledError: status ``canceled``.
    """
    if info.is_done or info.is_no_data:
        return info
    if info.status == "failed":
        raise ExportFailedError(f"export job {info.job_id} failed", job_id=info.job_id, status=info.status)
    if info.status in ("canceled", "cancelled"):
        raise ExportCanceledError(
            f"export job {info.job_id} was canceled", job_id=info.job_id, status=info.status
        )
    return None


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How often to ask for a job's status and for how long.

    The first wait is ``interval``; each next one is ``backoff`` times longer, capped at
    ``max_interval`` (exports take seconds to hours: fast first answers, few requests later).
    ``timeout=None`` waits forever.
    """

    interval: float = 1.0
    max_interval: float = 30.0
    backoff: float = 1.5
    timeout: float | None = 3600.0

    def __post_init__(self) -> None:
        if self.interval < 0 or self.max_interval < 0 or self.backoff < 1:
            raise ValueError("poll interval must be >= 0 and backoff >= 1")
        if self.timeout is not None and self.timeout < 0:
            raise ValueError("timeout must be >= 0 or None")


@dataclass(frozen=True, slots=True)
class Sleep:
    """Request from the flow: wait this many seconds."""

    seconds: float


class _Fetch:
    __slots__ = ()

    def __repr__(self) -> str:
        return "FETCH"


#: Request from the flow: get the job's status and send it back.
FETCH = _Fetch()

Action = Sleep | _Fetch
Flow = Generator[Action, JobInfo | None, JobInfo]


def wait_flow(
    policy: PollPolicy,
    tracker: ProgressTracker,
    *,
    current: JobInfo | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Flow:
    """Poll until the job is done or has no data; returns the final :class:`JobInfo`.

    ``current`` is a status already known (e.g. the create response): it is judged first, so a job
    that finished before we started waiting costs no request.
    """
    start = clock()
    delay = policy.interval
    info = current
    while True:
        if info is None:
            info = yield FETCH
            assert info is not None
        tracker.emit("waiting", status=info.status)
        final = outcome(info)
        if final is not None:
            return final
        wait = delay
        if policy.timeout is not None:
            remaining = policy.timeout - (clock() - start)
            if remaining <= 0:
                raise ExportTimeoutError(
                    f"export job {info.job_id} still {info.status!r} after {policy.timeout:g}s",
                    job_id=info.job_id,
                    status=info.status,
                )
            wait = min(wait, remaining)
        yield Sleep(wait)
        delay = min(delay * policy.backoff, policy.max_interval)
        info = None


def drive(flow: Flow, fetch: Callable[[], JobInfo], sleep: Callable[[float], None]) -> JobInfo:
    """Run a flow with blocking I/O."""
    try:
        action = next(flow)
        while True:
            if isinstance(action, Sleep):
                sleep(action.seconds)
                action = flow.send(None)
            else:
                action = flow.send(fetch())
    except StopIteration as stop:
        result: JobInfo = stop.value
        return result


async def adrive(
    flow: Flow, fetch: Callable[[], Awaitable[JobInfo]], sleep: Callable[[float], Awaitable[None]]
) -> JobInfo:
    """Run a flow with awaitable I/O (the async twin of :func:`drive`)."""
    try:
        action = next(flow)
        while True:
            if isinstance(action, Sleep):
                await sleep(action.seconds)
                action = flow.send(None)
            else:
                action = flow.send(await fetch())
    except StopIteration as stop:
        result: JobInfo = stop.value
        return result
