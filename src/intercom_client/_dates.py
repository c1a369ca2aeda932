"""Export date windows: turn what callers naturally have into the unix seconds Intercom wants.

Intercom's export endpoints take unix timestamps and treat ranges as *inclusive* (seed docs: "Requesting
data for 2018-06-01 until 2018-06-30 will get all data for those days including those specified"). A
caller passing ``date(2018, 6, 30)`` as ``until`` therefore means "through the end of June 30", so a
``date`` used as an upper bound becomes 23:59:59 UTC of that day. Everything is checked here, before any
request: an inverted or over-long window would otherwise cost a job slot (one per workspace) or a 400.

Rules:

* ``datetime`` with a tzinfo: that instant; a *naive* ``datetime`` is taken as **UTC** (not local time:
  exports are reproducible only if the same call means the same window on every machine);
* ``date``: midnight UTC for ``since``, 23:59:59 UTC for ``until``;
* ``int``/``float``: unix seconds (floats are floored); ``bool`` is refused (a bug, not a time);
* ``since <= until`` and ``until - since <= 90 days`` (the API refuses longer windows).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta

from ._errors import ExportError

__all__ = ["MAX_WINDOW_SECONDS", "DateLike", "ExportWindowError", "export_window", "to_unix"]

#: The longest window the content export accepts (``created_at_before - created_at_after``).
MAX_WINDOW_SECONDS = 90 * 86_400

DateLike = datetime | date | int | float


class ExportWindowError(ExportError, ValueError):
    """Raised before any request when an export's date window is unusable.

    A ``ValueError`` (bad arguments) and an :class:`~intercom_client.ExportError` (so one ``except``
    around an export catches it).
    """


def to_unix(value: DateLike, *, end_of_day: bool = False, name: str = "value") -> int:
    """Unix seconds for ``value``; a ``date`` maps to its first second, or its last with ``end_of_day``."""
    if isinstance(value, bool):
        raise ExportWindowError(f"{name} must be a datetime, date or unix timestamp, not a bool")
    if isinstance(value, datetime):  # before ``date``: datetime is a subclass of date
        aware = (
            value if value.tzinfo is not None and value.utcoffset() is not None else value.replace(tzinfo=UTC)
        )
        return math.floor(aware.timestamp())
    if isinstance(value, date):
        moment = datetime.combine(value, time(23, 59, 59) if end_of_day else time(0), tzinfo=UTC)
        return int(moment.timestamp())
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise ExportWindowError(f"{name} must be a finite unix timestamp, got {value!r}")
        if value < 0:
            raise ExportWindowError(f"{name} must not be before 1970-01-01, got {value!r}")
        return math.floor(value)
    raise ExportWindowError(f"{name} must be a datetime, date or unix timestamp, got {type(value).__name__}")


def _show(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def export_window(
    since: DateLike, until: DateLike, *, max_seconds: int | None = MAX_WINDOW_SECONDS
) -> tuple[int, int]:
    """Validated inclusive ``(since, until)`` in unix seconds, or :class:`ExportWindowError`.

    ``max_seconds=None`` skips the length check (reporting exports document no limit).
    """
    start = to_unix(since, name="since")
    end = to_unix(until, end_of_day=True, name="until")
    if start > end:
        raise ExportWindowError(f"since ({_show(start)}) is after until ({_show(end)})")
    if max_seconds is not None and end - start > max_seconds:
        days = (end - start) / 86_400
        limit = timedelta(seconds=max_seconds).days
        raise ExportWindowError(
            f"the export window {_show(start)} .. {_show(end)} spans {days:.1f} days; "
            f"Intercom accepts at most {limit} days per export job: split it into several exports"
        )
    return start, end
