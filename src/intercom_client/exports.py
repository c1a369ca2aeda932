"""Content and reporting data exports: create → wait → download as one call, or step by step.

::

    result = client.exports.content(date(2024, 6, 1), date(2024, 6, 30), "june.csv")
    print(result.rows, result.path)

    with client.exports.create_content(since, until) as job:   # canceled if the block is left early
        job.wait(timeout=600)
        for row in job.iter_rows():
            ...

Rules this module implements (docs/exports.md has the long form):

* dates are checked before any request (:mod:`._dates`): inclusive ranges, a ``date`` ``until`` means
  the end of that day, naive datetimes are UTC, at most 90 days per content export;
* ``completed`` and ``complete`` both mean done; ``no_data`` is an empty result (an empty file is
  written), ``failed``/``canceled`` raise, a job or file gone after the two-day expiry raises
  :class:`~intercom_client.ExportExpiredError`;
* the 429 "Exceeded rate limit of 1 pending ... export jobs" is :class:`~intercom_client.ExportJobLimitError`
  (one active job per workspace), raised at once: the client's retry policy treats it as final, since
  waiting a few seconds cannot fix it. An ordinary 429 on create is retried (after Retry-After /
  X-RateLimit-Reset), as are connection errors that happened before the request was sent; a 5xx or a
  timeout on create is not (the job may exist);
* every request is built by the version's generated endpoint (``data_export``,
  ``reporting_data_export``, ``jobs``, ``admins.identify_admin``), looked up by operation in the
  package's ``api.OPERATIONS``; a status body that is empty or cut off is asked again by the transport
  (the policy's rule for idempotent requests), then parsed once (``parse_json_object``);
* leaving a wait by Ctrl-C, task cancellation or an exception from a progress callback cancels the job
  (``POST /export/cancel/{id}``) and re-raises; so does leaving a job's ``with`` block early;
* reporting exports exist from Intercom-Version 2.14 (and Preview): older versions get
  :class:`ExportNotAvailableError` before any request.

The state logic (:mod:`._polling`, :mod:`._gzipcsv`, :mod:`.downloads` planning) is pure and shared;
:class:`ExportJob`/:class:`Exports` and :class:`AsyncExportJob`/:class:`AsyncExports` only differ in I/O.
"""

from __future__ import annotations

import inspect
import logging
import os
import time
import typing
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

import anyio

from ._config import package_for_version
from ._dates import DateLike, ExportWindowError, export_window
from ._errors import (
    ExportError,
    ExportExpiredError,
    ExportNotAvailableError,
    IntercomError,
    NotFoundError,
    parse_json_object,
)
from ._operations import endpoint_by_shape
from ._polling import JobInfo, PollPolicy, adrive, drive, outcome, wait_flow
from ._progress import ProgressCallback, ProgressEvent, ProgressTracker
from ._retry import IDEMPOTENT_EXTENSION
from .downloads import (
    DEFAULT_ATTEMPTS,
    DownloadPlan,
    DownloadStats,
    Row,
    adownload_to_path,
    aiter_rows,
    download_to_path,
    iter_rows,
    plan_download,
    target_path,
    write_empty,
)

if TYPE_CHECKING:
    from ._client import AsyncIntercom, Intercom
    from ._resource import AsyncResourceClient, SyncResourceClient

    #: What the export flows see of their client (``_resource.py``): the bridge, not the client.
    API: TypeAlias = SyncResourceClient | AsyncResourceClient

__all__ = [
    "AsyncExportJob",
    "AsyncExports",
    "Dataset",
    "DatasetAttribute",
    "ExportJob",
    "ExportNotAvailableError",
    "ExportResult",
    "ExportWindowError",
    "Exports",
    "JobInfo",
    "PollPolicy",
    "ProgressEvent",
]

log = logging.getLogger("intercom_client.exports")

#: Seconds of clock skew tolerated before trusting ``download_expires_at`` without asking the server.
EXPIRY_GRACE = 300.0


# --- endpoints ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Kind:
    """The operations of one export family, as keys of the generated package's ``api.OPERATIONS``."""

    name: str
    create: str
    status: str
    cancel: str | None
    download: str


CONTENT = _Kind(
    "content",
    "POST /export/content/data",
    "GET /export/content/data/{job_identifier}",
    "POST /export/cancel/{job_identifier}",
    "GET /download/content/data/{job_identifier}",
)
REPORTING = _Kind(
    "reporting",
    "POST /export/reporting_data/enqueue",
    "GET /export/reporting_data/{job_identifier}",
    None,
    "GET /download/reporting_data/{job_identifier}",
)
JOBS_STATUS = "GET /jobs/status/{job_id}"  # Preview names the variable {id}: matched by shape
DATASETS = "GET /export/reporting_data/get_datasets"
ME = "GET /me"


def _body_model(module: ModuleType) -> Any:
    """The request model class of an endpoint's ``body`` parameter (``X`` of ``X | Unset``)."""
    annotation = inspect.signature(module._get_kwargs, eval_str=True).parameters["body"].annotation
    for candidate in (annotation, *typing.get_args(annotation)):
        if hasattr(candidate, "from_dict"):
            return candidate
    raise TypeError(f"{module.__name__} takes no model body")  # pragma: no cover - generated shape


def _endpoint(api: API, operation: str) -> ModuleType | None:
    """The generated endpoint module of ``operation`` in the client's version, or None if it has none."""
    return endpoint_by_shape(package_for_version(api.version), operation)


def _request(
    api: API,
    operation: str,
    *path: str,
    query: Mapping[str, str] | None = None,
    body: Mapping[str, Any] | None = None,
    idempotent: bool = False,
) -> dict[str, Any]:
    """The httpx arguments for ``operation`` in the client's version, built by its generated endpoint.

    Path values are positional (the generated signature's own order; their names drift between
    versions), ``query`` the endpoint's query arguments by name. ``body`` is turned into the endpoint's request model (so
    the spec's constraints apply) and back; ``idempotent`` marks a POST that is safe to repeat
    (canceling a job) for the retry policy.
    """
    module = _endpoint(api, operation)
    if module is None:
        raise ExportNotAvailableError(f"{operation} is not part of Intercom-Version {api.version}")
    params: dict[str, Any] = dict(query or {})
    if body is not None:
        params["body"] = _body_model(module).from_dict(dict(body))
    kwargs = dict(module._get_kwargs(*path, **params))
    if idempotent:
        kwargs["extensions"] = {IDEMPOTENT_EXTENSION: True}
    return kwargs


# --- results (pure) ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A finished export on disk.

    Attributes:
        job_id: the job's identifier.
        kind: ``"content"`` or ``"reporting"``.
        status: the final job status (``"completed"``, ``"complete"`` or ``"no_data"``).
        path: the file written (an empty file for ``no_data``).
        rows: CSV data rows in the file (header excluded).
        bytes_downloaded: compressed bytes received.
        bytes_written: bytes in the file.
        compressed: True when ``path`` holds the raw ``.csv.gz``.
        attempts: download attempts used.
        elapsed: seconds from the start of the operation to the committed file.
        info: the last status snapshot.
    """

    job_id: str
    kind: str
    status: str
    path: Path
    rows: int
    bytes_downloaded: int
    bytes_written: int
    compressed: bool
    attempts: int
    elapsed: float
    info: JobInfo = field(repr=False, compare=False)

    @property
    def no_data(self) -> bool:
        return self.status == "no_data"


@dataclass(frozen=True, slots=True)
class DatasetAttribute:
    id: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Dataset:
    """One reporting dataset (``GET /export/reporting_data/get_datasets``)."""

    id: str
    name: str | None
    description: str | None
    default_time_attribute_id: str | None
    attributes: tuple[DatasetAttribute, ...]
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Dataset:
        attrs = body.get("attributes") or []
        return cls(
            id=str(body.get("id", "")),
            name=body.get("name"),
            description=body.get("description"),
            default_time_attribute_id=body.get("default_time_attribute_id"),
            attributes=tuple(
                DatasetAttribute(str(a.get("id", "")), a.get("name")) for a in attrs if isinstance(a, Mapping)
            ),
            raw=dict(body),
        )


# --- pure helpers -------------------------------------------------------------------------------------


def _require(api: API, operation: str, what: str) -> None:
    if _endpoint(api, operation) is None:
        raise ExportNotAvailableError(
            f"{what} is not available in Intercom-Version {api.version}: it exists from 2.14 "
            f"(and in Preview); create the client with version='2.14' or later"
        )


def _policy(poll_interval: float, max_poll_interval: float, timeout: float | None) -> PollPolicy:
    return PollPolicy(
        interval=poll_interval, max_interval=max(max_poll_interval, poll_interval), timeout=timeout
    )


def _check_destination(path: str | os.PathLike[str] | None) -> None:
    """Fail before creating a job (and using the workspace's one slot) if the file cannot be written."""
    if path is None:
        return
    p = Path(path)
    parent = p if p.is_dir() else p.parent
    if not parent.is_dir():
        raise FileNotFoundError(f"the directory for the export file does not exist: {parent}")


def _content_body(since: DateLike, until: DateLike) -> dict[str, int]:
    start, end = export_window(since, until)
    return {"created_at_after": start, "created_at_before": end}


def _reporting_body(
    dataset_id: str, attribute_ids: Sequence[str], since: DateLike, until: DateLike
) -> dict[str, Any]:
    if isinstance(attribute_ids, str) or not attribute_ids:
        raise ExportWindowError("attribute_ids must be a non-empty list of attribute ids")
    if not dataset_id:
        raise ExportWindowError("dataset_id is required")
    start, end = export_window(since, until, max_seconds=None)
    return {
        "dataset_id": dataset_id,
        "attribute_ids": list(attribute_ids),
        "start_time": start,
        "end_time": end,
    }


def _stopping(exc: BaseException) -> bool:
    """Leaving a wait this way cancels the job: Ctrl-C, task cancellation, a callback's own exception.

    IntercomErrors (timeout, API failures) leave the job running so the caller may wait again.
    """
    return not isinstance(exc, IntercomError)


# --- jobs ---------------------------------------------------------------------------------------------


class _JobBase:
    """State shared by the sync and async job handles (no I/O)."""

    def __init__(
        self,
        kind: _Kind,
        info: JobInfo,
        *,
        params: Mapping[str, str] | None = None,
        download_params: Mapping[str, str] | None = None,
    ) -> None:
        self._kind = kind
        self._info = info
        self._params = dict(params or {})
        self._download_params = dict(download_params or {})

    @property
    def id(self) -> str:
        """The job's ``job_identifier``."""
        return self._info.job_id

    @property
    def kind(self) -> str:
        return self._kind.name

    @property
    def info(self) -> JobInfo:
        """The last status snapshot (updated by ``refresh``/``wait``/``cancel``)."""
        return self._info

    @property
    def status(self) -> str:
        return self._info.status

    @property
    def can_cancel(self) -> bool:
        """Content exports can be canceled; the reporting API has no cancel endpoint."""
        return self._kind.cancel is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, kind={self.kind!r}, status={self.status!r})"

    def _status_request(self, api: API) -> dict[str, Any]:
        return _request(api, self._kind.status, self.id, query=self._params)

    def _cancel_request(self, api: API) -> dict[str, Any]:
        if self._kind.cancel is None:
            raise ExportError(f"{self.kind} exports cannot be canceled through the API", job_id=self.id)
        return _request(api, self._kind.cancel, self.id, idempotent=True)

    def _gone(self, exc: NotFoundError) -> ExportExpiredError:
        err = ExportExpiredError(
            f"export job {self.id} no longer exists: jobs expire two days after they finish",
            job_id=self.id,
            status=self.status,
        )
        err.__cause__ = exc
        return err

    def _ready_or_raise(self) -> None:
        """Check the last snapshot allows a download; raise the documented error otherwise."""
        info = self._info
        if outcome(info) is None:
            raise ExportError(
                f"export job {self.id} is still {info.status!r}: call wait() before downloading",
                job_id=self.id,
                status=info.status,
            )
        expires = info.download_expires_at
        if info.is_done and expires is not None and time.time() > expires + EXPIRY_GRACE:
            raise ExportExpiredError(
                f"export job {self.id}'s file expired at {expires} (two days after completion)",
                job_id=self.id,
                status=info.status,
            )

    def _plan(self, api: API) -> DownloadPlan:
        default = _request(api, self._kind.download, self.id, query=self._download_params)
        return plan_download(api.base_url, self._info.download_url, default, job_id=self.id)

    def _result(self, stats: DownloadStats, tracker: ProgressTracker, started: float) -> ExportResult:
        return ExportResult(
            job_id=self.id,
            kind=self.kind,
            status=self.status,
            path=stats.path,
            rows=stats.rows,
            bytes_downloaded=stats.bytes_downloaded,
            bytes_written=stats.bytes_written,
            compressed=stats.compressed,
            attempts=stats.attempts,
            elapsed=time.monotonic() - started,
            info=self._info,
        )


class ExportJob(_JobBase):
    """A handle on one export job (sync). Use as a context manager to cancel it if left unfinished."""

    def __init__(self, api: SyncResourceClient, kind: _Kind, info: JobInfo, **kwargs: Any) -> None:
        super().__init__(kind, info, **kwargs)
        self._api = api

    def refresh(self) -> JobInfo:
        """Fetch the current status. Raises ExportExpiredError when the job no longer exists."""
        try:
            response = self._api.send(self._status_request(self._api))
        except NotFoundError as exc:
            raise self._gone(exc) from exc
        self._info = JobInfo.from_json(parse_json_object(response), job_id=self.id)
        return self._info

    def wait(
        self,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        _tracker: ProgressTracker | None = None,
    ) -> JobInfo:
        """Poll until the job has a file (or ``no_data``), with growing intervals.

        Raises:
            ExportFailedError / ExportCanceledError: the job ended that way.
            ExportTimeoutError: still running after ``timeout`` seconds (the job keeps running).
            ExportExpiredError: the job disappeared.

        Ctrl-C (or an exception from ``progress``) cancels the job, then re-raises.
        """
        tracker = _tracker or ProgressTracker(progress, self.id)
        current = self._info if self._info.is_terminal else None
        flow = wait_flow(_policy(poll_interval, max_poll_interval, timeout), tracker, current=current)
        try:
            return drive(flow, self.refresh, self._api.sleep)
        except BaseException as exc:
            if _stopping(exc) and self._info.is_active:
                self._cancel_quietly()
            raise

    def cancel(self) -> JobInfo:
        """Cancel the job (``POST /export/cancel/{id}``); a finished job is left as it is by the API."""
        request = self._cancel_request(self._api)
        try:
            response = self._api.send(request)
        except NotFoundError as exc:
            raise self._gone(exc) from exc
        self._info = JobInfo.from_json(parse_json_object(response), job_id=self.id)
        return self._info

    def _cancel_quietly(self) -> None:
        if not self.can_cancel:
            return
        try:
            self.cancel()
        except Exception as exc:  # best effort while something else is already propagating
            log.warning("could not cancel export job %s: %s", self.id, exc)

    def download(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        keep_gzip: bool = False,
        progress: ProgressCallback | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        _tracker: ProgressTracker | None = None,
    ) -> ExportResult:
        """Stream the job's file to ``path`` atomically (see :mod:`intercom_client.downloads`)."""
        started = time.monotonic()
        tracker = _tracker or ProgressTracker(progress, self.id)
        if not self._info.is_terminal:
            self.refresh()
        self._ready_or_raise()
        target, compressed = target_path(path, kind=self.kind, job_id=self.id, keep_gzip=keep_gzip)
        if self._info.is_no_data:
            stats = write_empty(target, compressed)
            tracker.emit("done", status=self.status)
        else:
            plan = self._plan(self._api)
            stats = download_to_path(self._api, plan, target, compressed, tracker=tracker, attempts=attempts)
        return self._result(stats, tracker, started)

    def iter_rows(
        self, *, progress: ProgressCallback | None = None, attempts: int = DEFAULT_ATTEMPTS
    ) -> Iterator[Row]:
        """The export's CSV rows as dicts, decompressed and parsed from the stream (constant memory)."""
        tracker = ProgressTracker(progress, self.id)
        if not self._info.is_terminal:
            self.refresh()
        self._ready_or_raise()
        if self._info.is_no_data:
            tracker.emit("done", status=self.status)
            return
        yield from iter_rows(self._api, self._plan(self._api), tracker=tracker, attempts=attempts)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._info.is_active:
            self._cancel_quietly()


class AsyncExportJob(_JobBase):
    """The async twin of :class:`ExportJob` (``async with``, ``await job.wait()``, ``async for``)."""

    def __init__(self, api: AsyncResourceClient, kind: _Kind, info: JobInfo, **kwargs: Any) -> None:
        super().__init__(kind, info, **kwargs)
        self._api = api

    async def refresh(self) -> JobInfo:
        try:
            response = await self._api.send(self._status_request(self._api))
        except NotFoundError as exc:
            raise self._gone(exc) from exc
        self._info = JobInfo.from_json(parse_json_object(response), job_id=self.id)
        return self._info

    async def wait(
        self,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        _tracker: ProgressTracker | None = None,
    ) -> JobInfo:
        """See :meth:`ExportJob.wait`; task cancellation cancels the job too."""
        tracker = _tracker or ProgressTracker(progress, self.id)
        current = self._info if self._info.is_terminal else None
        flow = wait_flow(_policy(poll_interval, max_poll_interval, timeout), tracker, current=current)
        try:
            return await adrive(flow, self.refresh, self._api.sleep)
        except BaseException as exc:
            if _stopping(exc) and self._info.is_active:
                await self._cancel_quietly()
            raise

    async def cancel(self) -> JobInfo:
        request = self._cancel_request(self._api)
        try:
            response = await self._api.send(request)
        except NotFoundError as exc:
            raise self._gone(exc) from exc
        self._info = JobInfo.from_json(parse_json_object(response), job_id=self.id)
        return self._info

    async def _cancel_quietly(self) -> None:
        if not self.can_cancel:
            return
        # Shielded: we are often here *because* the task was cancelled; the cancel request must still go out.
        with anyio.move_on_after(30, shield=True):
            try:
                await self.cancel()
            except Exception as exc:
                log.warning("could not cancel export job %s: %s", self.id, exc)

    async def download(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        keep_gzip: bool = False,
        progress: ProgressCallback | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        _tracker: ProgressTracker | None = None,
    ) -> ExportResult:
        started = time.monotonic()
        tracker = _tracker or ProgressTracker(progress, self.id)
        if not self._info.is_terminal:
            await self.refresh()
        self._ready_or_raise()
        target, compressed = target_path(path, kind=self.kind, job_id=self.id, keep_gzip=keep_gzip)
        if self._info.is_no_data:
            stats = write_empty(target, compressed)
            tracker.emit("done", status=self.status)
        else:
            plan = self._plan(self._api)
            stats = await adownload_to_path(
                self._api, plan, target, compressed, tracker=tracker, attempts=attempts
            )
        return self._result(stats, tracker, started)

    async def iter_rows(
        self, *, progress: ProgressCallback | None = None, attempts: int = DEFAULT_ATTEMPTS
    ) -> AsyncIterator[Row]:
        tracker = ProgressTracker(progress, self.id)
        if not self._info.is_terminal:
            await self.refresh()
        self._ready_or_raise()
        if self._info.is_no_data:
            tracker.emit("done", status=self.status)
            return
        async for row in aiter_rows(self._api, self._plan(self._api), tracker=tracker, attempts=attempts):
            yield row

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._info.is_active:
            await self._cancel_quietly()


# --- the client-facing namespaces ---------------------------------------------------------------------------


class _ExportsBase:
    """Validation and request bodies shared by :class:`Exports` and :class:`AsyncExports`."""

    def __init__(self) -> None:
        self._app_id: str | None = None

    @staticmethod
    def _reporting_params(app_id: str, client_id: str | None) -> tuple[dict[str, str], dict[str, str]]:
        """Status and download query parameters (the 2.14 description requires them; see docs)."""
        return {"app_id": app_id, "client_id": client_id or app_id}, {"app_id": app_id}

    @staticmethod
    def _app_id_from_me(body: Mapping[str, Any]) -> str:
        app = body.get("app")
        code = app.get("id_code") if isinstance(app, Mapping) else None
        if not code:
            raise ExportError("cannot tell the workspace's app_id from GET /me; pass app_id= explicitly")
        return str(code)


class Exports(_ExportsBase):
    """``client.exports``: content and reporting data exports for :class:`~intercom_client.Intercom`."""

    def __init__(self, client: Intercom) -> None:
        super().__init__()
        self._api = client._resource_client()

    # --- creation ---------------------------------------------------------------------------------

    def _create(
        self, kind: _Kind, body: Mapping[str, Any], tracker: ProgressTracker, **job_kwargs: Any
    ) -> ExportJob:
        response = self._api.send(_request(self._api, kind.create, body=body))
        info = JobInfo.from_json(parse_json_object(response))
        tracker.job_id = info.job_id
        tracker.emit("created", status=info.status)
        return ExportJob(self._api, kind, info, **job_kwargs)

    def create_content(
        self, since: DateLike, until: DateLike, *, progress: ProgressCallback | None = None
    ) -> ExportJob:
        """Start a content (message) data export for ``since..until`` inclusive; returns the job handle.

        Raises:
            ExportWindowError: bad or over-90-day window (before any request).
            ExportJobLimitError: another export job is active in the workspace.
        """
        body = _content_body(since, until)
        return self._create(CONTENT, body, ProgressTracker(progress))

    def get(self, job_id: str, *, kind: str = "content", app_id: str | None = None) -> ExportJob:
        """A handle on an existing job (e.g. created by another process), with its current status."""
        if kind == "reporting":
            _require(self._api, REPORTING.create, "reporting data export")
            status_params, download_params = self._reporting_params(app_id or self._resolve_app_id(), None)
            job = ExportJob(
                self._api,
                REPORTING,
                JobInfo(job_id, ""),
                params=status_params,
                download_params=download_params,
            )
        else:
            job = ExportJob(self._api, CONTENT, JobInfo(job_id, ""))
        job.refresh()
        return job

    def content(
        self,
        since: DateLike,
        until: DateLike,
        path: str | os.PathLike[str] | None = None,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        keep_gzip: bool = False,
        attempts: int = DEFAULT_ATTEMPTS,
    ) -> ExportResult:
        """Create a content export, wait for it, download it to ``path``: one call.

        Whatever interrupts it (Ctrl-C, timeout, an error) cancels the job if it is still running, so
        the workspace's single export slot is not left occupied.
        """
        body = _content_body(since, until)
        _check_destination(path)
        tracker = ProgressTracker(progress)
        with self._create(CONTENT, body, tracker) as job:
            job.wait(
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                timeout=timeout,
                _tracker=tracker,
            )
            return job.download(path, keep_gzip=keep_gzip, attempts=attempts, _tracker=tracker)

    # --- reporting (2.14+) ------------------------------------------------------------------------

    def _resolve_app_id(self) -> str:
        if self._app_id is None:
            response = self._api.send(_request(self._api, ME))
            self._app_id = self._app_id_from_me(parse_json_object(response))
        return self._app_id

    def datasets(self) -> list[Dataset]:
        """The reporting datasets and their attributes (``GET /export/reporting_data/get_datasets``)."""
        _require(self._api, REPORTING.create, "reporting data export")
        body = parse_json_object(self._api.send(_request(self._api, DATASETS)))
        return [Dataset.from_json(d) for d in body.get("data") or [] if isinstance(d, Mapping)]

    def create_reporting(
        self,
        dataset_id: str,
        attribute_ids: Sequence[str],
        since: DateLike,
        until: DateLike,
        *,
        app_id: str | None = None,
        client_id: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ExportJob:
        """Enqueue a reporting export; ``app_id`` defaults to the workspace of the token (``GET /me``)."""
        _require(self._api, REPORTING.create, "reporting data export")
        body = _reporting_body(dataset_id, attribute_ids, since, until)
        status_params, download_params = self._reporting_params(app_id or self._resolve_app_id(), client_id)
        return self._create(
            REPORTING, body, ProgressTracker(progress), params=status_params, download_params=download_params
        )

    def reporting(
        self,
        dataset_id: str,
        attribute_ids: Sequence[str],
        since: DateLike,
        until: DateLike,
        path: str | os.PathLike[str] | None = None,
        *,
        app_id: str | None = None,
        client_id: str | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        keep_gzip: bool = False,
        attempts: int = DEFAULT_ATTEMPTS,
    ) -> ExportResult:
        """Enqueue a reporting export, wait, download: one call (reporting jobs cannot be canceled)."""
        _require(self._api, REPORTING.create, "reporting data export")
        body = _reporting_body(dataset_id, attribute_ids, since, until)
        _check_destination(path)
        status_params, download_params = self._reporting_params(app_id or self._resolve_app_id(), client_id)
        tracker = ProgressTracker(progress)
        job = self._create(REPORTING, body, tracker, params=status_params, download_params=download_params)
        job.wait(
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            _tracker=tracker,
        )
        return job.download(path, keep_gzip=keep_gzip, attempts=attempts, _tracker=tracker)

    # --- generic jobs (2.14+) ---------------------------------------------------------------------

    def wait_job(
        self,
        job_id: str,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 600.0,
        progress: ProgressCallback | None = None,
    ) -> JobInfo:
        """Poll ``GET /jobs/status/{id}`` until ``success`` (returned) or ``failed`` (ExportFailedError)."""
        _require(self._api, JOBS_STATUS, "GET /jobs/status")
        request = _request(self._api, JOBS_STATUS, job_id)

        def fetch() -> JobInfo:
            return JobInfo.from_json(parse_json_object(self._api.send(request)), job_id=job_id)

        flow = wait_flow(
            _policy(poll_interval, max_poll_interval, timeout), ProgressTracker(progress, job_id)
        )
        return drive(flow, fetch, self._api.sleep)


class AsyncExports(_ExportsBase):
    """``aclient.exports``: the async twin of :class:`Exports`."""

    def __init__(self, client: AsyncIntercom) -> None:
        super().__init__()
        self._api = client._resource_client()

    async def _create(
        self, kind: _Kind, body: Mapping[str, Any], tracker: ProgressTracker, **job_kwargs: Any
    ) -> AsyncExportJob:
        response = await self._api.send(_request(self._api, kind.create, body=body))
        info = JobInfo.from_json(parse_json_object(response))
        tracker.job_id = info.job_id
        tracker.emit("created", status=info.status)
        return AsyncExportJob(self._api, kind, info, **job_kwargs)

    async def create_content(
        self, since: DateLike, until: DateLike, *, progress: ProgressCallback | None = None
    ) -> AsyncExportJob:
        body = _content_body(since, until)
        return await self._create(CONTENT, body, ProgressTracker(progress))

    async def get(self, job_id: str, *, kind: str = "content", app_id: str | None = None) -> AsyncExportJob:
        if kind == "reporting":
            _require(self._api, REPORTING.create, "reporting data export")
            status_params, download_params = self._reporting_params(
                app_id or await self._resolve_app_id(), None
            )
            job = AsyncExportJob(
                self._api,
                REPORTING,
                JobInfo(job_id, ""),
                params=status_params,
                download_params=download_params,
            )
        else:
            job = AsyncExportJob(self._api, CONTENT, JobInfo(job_id, ""))
        await job.refresh()
        return job

    async def content(
        self,
        since: DateLike,
        until: DateLike,
        path: str | os.PathLike[str] | None = None,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        keep_gzip: bool = False,
        attempts: int = DEFAULT_ATTEMPTS,
    ) -> ExportResult:
        body = _content_body(since, until)
        _check_destination(path)
        tracker = ProgressTracker(progress)
        async with await self._create(CONTENT, body, tracker) as job:
            await job.wait(
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                timeout=timeout,
                _tracker=tracker,
            )
            return await job.download(path, keep_gzip=keep_gzip, attempts=attempts, _tracker=tracker)

    async def _resolve_app_id(self) -> str:
        if self._app_id is None:
            response = await self._api.send(_request(self._api, ME))
            self._app_id = self._app_id_from_me(parse_json_object(response))
        return self._app_id

    async def datasets(self) -> list[Dataset]:
        _require(self._api, REPORTING.create, "reporting data export")
        body = parse_json_object(await self._api.send(_request(self._api, DATASETS)))
        return [Dataset.from_json(d) for d in body.get("data") or [] if isinstance(d, Mapping)]

    async def create_reporting(
        self,
        dataset_id: str,
        attribute_ids: Sequence[str],
        since: DateLike,
        until: DateLike,
        *,
        app_id: str | None = None,
        client_id: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> AsyncExportJob:
        _require(self._api, REPORTING.create, "reporting data export")
        body = _reporting_body(dataset_id, attribute_ids, since, until)
        status_params, download_params = self._reporting_params(
            app_id or await self._resolve_app_id(), client_id
        )
        return await self._create(
            REPORTING, body, ProgressTracker(progress), params=status_params, download_params=download_params
        )

    async def reporting(
        self,
        dataset_id: str,
        attribute_ids: Sequence[str],
        since: DateLike,
        until: DateLike,
        path: str | os.PathLike[str] | None = None,
        *,
        app_id: str | None = None,
        client_id: str | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 3600.0,
        progress: ProgressCallback | None = None,
        keep_gzip: bool = False,
        attempts: int = DEFAULT_ATTEMPTS,
    ) -> ExportResult:
        _require(self._api, REPORTING.create, "reporting data export")
        body = _reporting_body(dataset_id, attribute_ids, since, until)
        _check_destination(path)
        status_params, download_params = self._reporting_params(
            app_id or await self._resolve_app_id(), client_id
        )
        tracker = ProgressTracker(progress)
        job = await self._create(
            REPORTING, body, tracker, params=status_params, download_params=download_params
        )
        await job.wait(
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            _tracker=tracker,
        )
        return await job.download(path, keep_gzip=keep_gzip, attempts=attempts, _tracker=tracker)

    async def wait_job(
        self,
        job_id: str,
        *,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        timeout: float | None = 600.0,
        progress: ProgressCallback | None = None,
    ) -> JobInfo:
        _require(self._api, JOBS_STATUS, "GET /jobs/status")
        request = _request(self._api, JOBS_STATUS, job_id)

        async def fetch() -> JobInfo:
            response = await self._api.send(request)
            return JobInfo.from_json(parse_json_object(response), job_id=job_id)

        flow = wait_flow(
            _policy(poll_interval, max_poll_interval, timeout), ProgressTracker(progress, job_id)
        )
        return await adrive(flow, fetch, self._api.sleep)
