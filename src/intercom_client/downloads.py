"""Streaming export downloads: to a file atomically, or as CSV rows, never holding the export in memory.

Decisions (see docs/exports.md, "Downloads"):

* **Streamed.** ``GET`` with ``Accept: application/octet-stream`` (the API answers 406 without it),
  read in 1 MiB chunks. Peak memory does not depend on the export's size.
* **Atomic files.** Bytes go to a hidden temporary file in the target's directory (same filesystem, so
  the final ``os.replace`` is atomic) and the file appears under its real name only after the gzip
  stream ended at a valid trailer (CRC-32 and length checked). On any failure the temporary file is
  removed: a reader never sees a partial export. Temporary files are created ``0600`` (exports hold
  personal data) and keep that mode.
* **Retried from scratch.** A cut connection, a truncated gzip body or an empty 200 raise
  :class:`~intercom_client.IncompleteDownloadError` internally; the whole download is restarted up to
  ``attempts`` times (default 3) before that error reaches the caller, waiting as the client's retry
  policy says (:meth:`~intercom_client._retry.RetryPolicy.restart_delay`). The file of a completed
  job never changes, so starting again is safe. HTTP-level failures (5xx, 429, timeouts before the
  body) are already retried by the client's transport.
* **Built by the generated endpoint.** The request (path, ``Accept: application/octet-stream``,
  reporting's ``app_id``) comes from the version's ``download_data_export`` /
  ``download_reporting_data_export``; only a ``download_url`` the API itself returned replaces its URL.
* **Naming.** A path ending in ``.gz`` (or ``keep_gzip=True``, which appends ``.gz`` when missing)
  stores the raw gzipped CSV exactly as served, still verified; any other path stores the decompressed
  CSV. ``path=None`` means ``./intercom-<kind>-export-<job id>.csv[.gz]``; a directory gets that name
  inside it.
* **Credentials stay home.** The bearer token is only ever sent to the client's own API origin. A
  ``download_url`` on another host (a pre-signed storage URL, say) is fetched with a separate plain
  httpx client carrying no Authorization or Intercom headers; it is refused when it is plain HTTP while
  the API is HTTPS. Redirects are followed (the facade's client follows them everywhere); httpx drops
  the Authorization header when a redirect leaves the API's origin.
* **Expiry.** 404/410 from the API host (403/404/410 from a foreign host) on a job we know finished
  means its file expired (two days after completion): :class:`~intercom_client.ExportExpiredError`.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import tempfile
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from ._config import origin
from ._errors import (
    APIStatusError,
    DownloadError,
    ExportExpiredError,
    IncompleteDownloadError,
)
from ._gzipcsv import CsvRowDecoder, GunzipStream, RecordCounter
from ._progress import ProgressTracker

if TYPE_CHECKING:
    from ._resource import AsyncResourceClient, SyncResourceClient

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_ATTEMPTS",
    "DownloadPlan",
    "DownloadStats",
    "Row",
    "adownload_to_path",
    "aiter_rows",
    "download_to_path",
    "iter_rows",
    "plan_download",
    "target_path",
    "write_empty",
]

#: Bytes per read: large enough that per-chunk Python overhead is noise next to zlib.
CHUNK_SIZE = 1 << 20
#: Download attempts (first try included) on a cut or truncated stream.
DEFAULT_ATTEMPTS = 3
OCTET_STREAM = "application/octet-stream"

Row = dict[str | None, str | list[str] | None]

# Errors raised while *reading the body*: the connection died mid-stream.
_STREAM_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, httpx.StreamError)
#: What a download attempt may fail with and be tried again from scratch.
_RETRYABLE: tuple[type[Exception], ...] = (IncompleteDownloadError, *_STREAM_ERRORS)


# --- planning (pure) -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DownloadPlan:
    """Where to GET an export's file, and whether our credentials may go there.

    Attributes:
        url: absolute URL (foreign) or a path relative to the API base.
        params: query parameters (reporting downloads need ``app_id``).
        headers: the generated endpoint's headers (``Accept``, ``Intercom-Version``); none for a
            foreign host.
        foreign: True when the host is not the API's: fetched without credentials.
        job_id: for error messages.
    """

    url: str
    params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    foreign: bool = False
    job_id: str = ""


def plan_download(
    base_url: str,
    download_url: str | None,
    default: Mapping[str, Any],
    *,
    job_id: str = "",
) -> DownloadPlan:
    """Decide how to fetch a job's file; refuses to leak anything over plain HTTP.

    ``default`` is the generated download endpoint's request (``url``, ``params``, ``headers``). An
    empty ``download_url`` (the API sends ``""`` until completion, and sometimes after) means exactly
    that request; a ``download_url`` on the API host replaces only its URL.
    """
    params = {k: str(v) for k, v in (default.get("params") or {}).items()}
    headers = {k: str(v) for k, v in (default.get("headers") or {}).items()}
    headers.setdefault("Accept", OCTET_STREAM)
    if not download_url:
        return DownloadPlan(str(default["url"]), params, headers, foreign=False, job_id=job_id)
    parts = urlsplit(download_url)
    if not parts.scheme and not parts.netloc:  # a relative URL: the API host
        return DownloadPlan(download_url, params, headers, foreign=False, job_id=job_id)
    if parts.scheme.lower() not in ("http", "https"):
        raise DownloadError(f"refusing to download export {job_id} from a non-HTTP URL", job_id=job_id)
    if origin(download_url) == origin(base_url):
        return DownloadPlan(download_url, params, headers, foreign=False, job_id=job_id)
    if parts.scheme.lower() != "https" and urlsplit(base_url).scheme.lower() == "https":
        raise DownloadError(
            f"refusing to download export {job_id} over plain HTTP from {parts.hostname} (the API is HTTPS)",
            job_id=job_id,
        )
    # A foreign host gets no credentials and no parameters of ours: it is fetched exactly as given.
    return DownloadPlan(download_url, {}, {}, foreign=True, job_id=job_id)


def target_path(
    path: str | os.PathLike[str] | None, *, kind: str, job_id: str, keep_gzip: bool
) -> tuple[Path, bool]:
    """The final file path and whether it holds raw gzip; see the module docstring for the rules."""
    default_name = f"intercom-{kind}-export-{job_id}.csv" + (".gz" if keep_gzip else "")
    if path is None:
        return Path.cwd() / default_name, keep_gzip
    p = Path(path)
    if p.is_dir():
        return p / default_name, keep_gzip
    if p.suffix.lower() == ".gz":
        return p, True
    if keep_gzip:
        return p.with_name(p.name + ".gz"), True
    return p, False


@dataclass(frozen=True, slots=True)
class DownloadStats:
    """What a finished download wrote.

    Attributes:
        path: the committed file.
        compressed: True if it holds the raw gzip, False for decompressed CSV.
        bytes_downloaded: compressed bytes received in the successful attempt.
        bytes_written: bytes in the file.
        rows: CSV data rows (header excluded).
        attempts: attempts used (1 when nothing had to be retried).
    """

    path: Path
    compressed: bool
    bytes_downloaded: int
    bytes_written: int
    rows: int
    attempts: int = 1


# --- the file sink (shared by sync and async) ---------------------------------------------------------


class _FileSink:
    """Writes a download to a temporary file, verifying gzip; ``commit`` renames, ``abort`` deletes."""

    def __init__(self, target: Path, compressed: bool) -> None:
        self.target = target
        self.compressed = compressed
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        self.temp = Path(name)
        self._file = os.fdopen(fd, "wb")
        self._gunzip = GunzipStream()
        self._records = RecordCounter()
        self.bytes_in = 0
        self.bytes_out = 0

    def write(self, chunk: bytes) -> None:
        self.bytes_in += len(chunk)
        if self.compressed:
            self._file.write(chunk)
            self.bytes_out += len(chunk)
            for piece in self._gunzip.feed(chunk):  # verify and count, discard
                self._records.feed(piece)
        else:
            for piece in self._gunzip.feed(chunk):
                self._file.write(piece)
                self.bytes_out += len(piece)
                self._records.feed(piece)

    def commit(self, attempts: int) -> DownloadStats:
        self._gunzip.finish()  # raises IncompleteDownloadError on a truncated stream
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.temp, self.target)
        return DownloadStats(
            path=self.target,
            compressed=self.compressed,
            bytes_downloaded=self.bytes_in,
            bytes_written=self.bytes_out,
            rows=self._records.data_rows,
            attempts=attempts,
        )

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


def write_empty(target: Path, compressed: bool) -> DownloadStats:
    """The file for a ``no_data`` job: an empty CSV (0 bytes), or a valid gzip of nothing.

    Written atomically like a download, so an older file at ``target`` is replaced, never mixed.
    """
    payload = gzip.compress(b"", mtime=0) if compressed else b""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        raise
    return DownloadStats(
        path=target, compressed=compressed, bytes_downloaded=0, bytes_written=len(payload), rows=0
    )


# --- shared helpers ------------------------------------------------------------------------------------


def _total(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _expired_status(plan: DownloadPlan, status: int) -> bool:
    return status in (404, 410) or (plan.foreign and status == 403)


def _expired(plan: DownloadPlan, exc: APIStatusError) -> ExportExpiredError:
    err = ExportExpiredError(
        f"export {plan.job_id} can no longer be downloaded (HTTP {exc.status_code}): "
        "export files expire two days after the job completed",
        job_id=plan.job_id,
        status="expired",
    )
    err.__cause__ = exc
    return err


def _incomplete(
    plan: DownloadPlan, exc: BaseException, received: int, attempts: int
) -> IncompleteDownloadError:
    if isinstance(exc, IncompleteDownloadError):
        message = str(exc)
    else:
        message = f"the connection broke while downloading export {plan.job_id} ({type(exc).__name__}: {exc})"
    return IncompleteDownloadError(
        f"{message} [after {attempts} attempt(s); no file was written]",
        job_id=plan.job_id,
        bytes_received=received,
        attempts=attempts,
    )


# --- sync I/O ----------------------------------------------------------------------------------------


def _request(plan: DownloadPlan) -> dict[str, Any]:
    """The download on the API's host: the plan's URL with its query and headers."""
    return {"method": "GET", "url": plan.url, "params": dict(plan.params), "headers": dict(plan.headers)}


@contextlib.contextmanager
def _open(api: SyncResourceClient, plan: DownloadPlan) -> Iterator[httpx.Response]:
    try:
        if plan.foreign:
            with api.stream_foreign(plan.url, accept=OCTET_STREAM) as response:
                yield response
        else:
            with api.stream(_request(plan)) as response:
                yield response
    except APIStatusError as exc:
        if _expired_status(plan, exc.status_code):
            raise _expired(plan, exc) from exc
        raise


def download_to_path(
    api: SyncResourceClient,
    plan: DownloadPlan,
    target: Path,
    compressed: bool,
    *,
    tracker: ProgressTracker,
    attempts: int = DEFAULT_ATTEMPTS,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadStats:
    """Stream ``plan`` into ``target`` atomically, retrying cut streams from scratch."""
    attempt = 0
    while True:
        attempt += 1
        sink = _FileSink(target, compressed)
        try:
            with _open(api, plan) as response:
                total = _total(response)
                for chunk in response.iter_bytes(chunk_size):
                    sink.write(chunk)
                    tracker.emit("downloading", bytes_downloaded=sink.bytes_in, total_bytes=total)
            stats = sink.commit(attempt)
        except _RETRYABLE as exc:
            sink.abort()
            delay = api.retry_policy.restart_delay(attempt, attempts)
            if delay is None:
                raise _incomplete(plan, exc, sink.bytes_in, attempt) from exc
            api.sleep(delay)
            continue
        except BaseException:
            sink.abort()
            raise
        tracker.emit("done", bytes_downloaded=stats.bytes_downloaded, total_bytes=total)
        return stats


def iter_rows(
    api: SyncResourceClient,
    plan: DownloadPlan,
    *,
    tracker: ProgressTracker,
    attempts: int = DEFAULT_ATTEMPTS,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Row]:
    """CSV rows as dicts, straight from the stream (constant memory).

    A cut stream is re-requested from the start and the rows already yielded are skipped (a completed
    job's file never changes), so the caller sees each row exactly once.
    """
    yielded = 0
    attempt = 0
    while True:
        attempt += 1
        decoder = CsvRowDecoder()
        seen = 0
        try:
            with _open(api, plan) as response:
                total = _total(response)
                for chunk in response.iter_bytes(chunk_size):
                    for row in decoder.feed(chunk):
                        seen += 1
                        if seen > yielded:
                            yielded += 1
                            yield row
                    tracker.emit("downloading", bytes_downloaded=decoder.compressed, total_bytes=total)
            for row in decoder.finish():
                seen += 1
                if seen > yielded:
                    yielded += 1
                    yield row
        except _RETRYABLE as exc:
            delay = api.retry_policy.restart_delay(attempt, attempts)
            if delay is None:
                raise _incomplete(plan, exc, decoder.compressed, attempt) from exc
            api.sleep(delay)
            continue
        tracker.emit("done", bytes_downloaded=decoder.compressed, total_bytes=total)
        return


# --- async I/O (the same steps, awaited) ------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _aopen(api: AsyncResourceClient, plan: DownloadPlan) -> AsyncIterator[httpx.Response]:
    try:
        if plan.foreign:
            async with api.stream_foreign(plan.url, accept=OCTET_STREAM) as response:
                yield response
        else:
            async with api.stream(_request(plan)) as response:
                yield response
    except APIStatusError as exc:
        if _expired_status(plan, exc.status_code):
            raise _expired(plan, exc) from exc
        raise


async def adownload_to_path(
    api: AsyncResourceClient,
    plan: DownloadPlan,
    target: Path,
    compressed: bool,
    *,
    tracker: ProgressTracker,
    attempts: int = DEFAULT_ATTEMPTS,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadStats:
    """Async twin of :func:`download_to_path` (file writes are blocking, 1 MiB at a time)."""
    attempt = 0
    while True:
        attempt += 1
        sink = _FileSink(target, compressed)
        try:
            async with _aopen(api, plan) as response:
                total = _total(response)
                async for chunk in response.aiter_bytes(chunk_size):
                    sink.write(chunk)
                    tracker.emit("downloading", bytes_downloaded=sink.bytes_in, total_bytes=total)
            stats = sink.commit(attempt)
        except _RETRYABLE as exc:
            sink.abort()
            delay = api.retry_policy.restart_delay(attempt, attempts)
            if delay is None:
                raise _incomplete(plan, exc, sink.bytes_in, attempt) from exc
            await api.sleep(delay)
            continue
        except BaseException:
            sink.abort()
            raise
        tracker.emit("done", bytes_downloaded=stats.bytes_downloaded, total_bytes=total)
        return stats


async def aiter_rows(
    api: AsyncResourceClient,
    plan: DownloadPlan,
    *,
    tracker: ProgressTracker,
    attempts: int = DEFAULT_ATTEMPTS,
    chunk_size: int = CHUNK_SIZE,
) -> AsyncIterator[Row]:
    """Async twin of :func:`iter_rows`."""
    yielded = 0
    attempt = 0
    while True:
        attempt += 1
        decoder = CsvRowDecoder()
        seen = 0
        try:
            async with _aopen(api, plan) as response:
                total = _total(response)
                async for chunk in response.aiter_bytes(chunk_size):
                    for row in decoder.feed(chunk):
                        seen += 1
                        if seen > yielded:
                            yielded += 1
                            yield row
                    tracker.emit("downloading", bytes_downloaded=decoder.compressed, total_bytes=total)
            for row in decoder.finish():
                seen += 1
                if seen > yielded:
                    yielded += 1
                    yield row
        except _RETRYABLE as exc:
            delay = api.retry_policy.restart_delay(attempt, attempts)
            if delay is None:
                raise _incomplete(plan, exc, decoder.compressed, attempt) from exc
            await api.sleep(delay)
            continue
        tracker.emit("done", bytes_downloaded=decoder.compressed, total_bytes=total)
        return
