"""Downloads: atomic files, retries from scratch, foreign hosts without credentials, constant memory."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import http.server
import io
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from intercom_client import DownloadError, IncompleteDownloadError, Intercom
from intercom_client.downloads import plan_download, target_path
from intercom_sandbox.server import SandboxHandle, SandboxServer

from .conftest import Log

pytestmark = pytest.mark.timeout(60)


def completed_job(client: Intercom, sandbox: SandboxHandle, days: float = 5):  # type: ignore[no-untyped-def]
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + int(days * 86_400))
    job.wait()
    return job


# --- faults mid-body ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["connection_reset", "truncated_gzip", "empty_body"])
def test_cut_stream_is_retried_from_scratch(
    client: Intercom, sandbox: SandboxHandle, wire: Log, tmp_path: Path, kind: str
) -> None:
    job = completed_job(client, sandbox)
    sandbox.inject("/download/content/data/{id}", kind, times=1, cut_at=3000)
    result = job.download(tmp_path / "x.csv")
    assert result.attempts == 2 and result.rows > 0
    assert wire.paths().count(f"GET /download/content/data/{job.id}") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]


@pytest.mark.parametrize("kind", ["connection_reset", "truncated_gzip"])
def test_persistent_cut_leaves_no_file(
    client: Intercom, sandbox: SandboxHandle, tmp_path: Path, kind: str
) -> None:
    job = completed_job(client, sandbox)
    (tmp_path / "x.csv").write_text("older content\n")
    sandbox.inject("/download/content/data/{id}", kind, times=10, cut_at=3000)
    with pytest.raises(IncompleteDownloadError) as err:
        job.download(tmp_path / "x.csv", attempts=3)
    assert err.value.attempts == 3 and err.value.job_id == job.id
    # the previous file is untouched and no temporary file is left behind
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]
    assert (tmp_path / "x.csv").read_text() == "older content\n"


def test_iter_rows_resumes_without_duplicates(
    client: Intercom, sandbox: SandboxHandle, sandbox_server: SandboxServer
) -> None:
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 60 * 86_400)
    job.wait()
    sandbox.inject("/download/content/data/{id}", "connection_reset", times=1, cut_at=40_000)
    ids = [r["message_id"] for r in job.iter_rows()]
    messages = sandbox_server.workspace.data.messages
    assert ids == [messages.message_id(i) for i in messages.range_inclusive(start, start + 60 * 86_400)]


def test_download_sends_octet_stream_accept(
    client: Intercom, sandbox: SandboxHandle, wire: Log, tmp_path: Path
) -> None:
    job = completed_job(client, sandbox)
    job.download(tmp_path / "x.csv")
    download = next(e for e in wire.exchanges if e.path.startswith("/download/"))
    assert download.headers["accept"] == "application/octet-stream"
    assert download.headers["authorization"] == f"Bearer {sandbox.token}"


# --- foreign hosts ---------------------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []  # noqa: RUF012 - per-test reset below
    payload = b""

    def do_GET(self) -> None:
        type(self).seen.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def foreign_host() -> Iterator[str]:
    _Recorder.seen = []
    _Recorder.payload = gzip.compress(b"message_id,x\n1,a\n2,b\n")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # "localhost" and another port: a different origin from the sandbox's 127.0.0.1:<port>
        yield f"http://localhost:{server.server_address[1]}/bucket/export.csv.gz?sig=abc"
    finally:
        server.shutdown()


def test_foreign_download_url_never_gets_the_token(
    client: Intercom, sandbox: SandboxHandle, foreign_host: str, tmp_path: Path, wire: Log
) -> None:
    job = completed_job(client, sandbox)
    job._info = dataclasses.replace(job.info, download_url=foreign_host)
    events: list[object] = []
    result = job.download(tmp_path / "f.csv", progress=events.append)
    assert result.rows == 2 and (tmp_path / "f.csv").read_text() == "message_id,x\n1,a\n2,b\n"
    rows = list(job.iter_rows())
    assert [r["x"] for r in rows] == ["a", "b"]
    assert len(_Recorder.seen) == 2
    for headers in _Recorder.seen:
        assert "authorization" not in headers
        assert "intercom-version" not in headers
        assert sandbox.token not in " ".join(headers.values())
    assert result.bytes_downloaded == len(_Recorder.payload)
    assert any(getattr(e, "total_bytes", None) == len(_Recorder.payload) for e in events)
    # Both went through the caller's own transport (its proxy and TLS settings apply there too).
    assert [e.path for e in wire.exchanges if e.path.startswith("/bucket/")] == [
        "/bucket/export.csv.gz?sig=abc"
    ] * 2


def _default(url: str = "/download/content/data/j", **params: str) -> dict[str, object]:
    """A generated download request, as ``download_data_export._get_kwargs`` returns it."""
    headers = {"Intercom-Version": "2.14", "Accept": "application/octet-stream"}
    return {"method": "get", "url": url, "params": params, "headers": headers}


def test_plain_http_foreign_url_refused_when_api_is_https() -> None:
    with pytest.raises(DownloadError, match="plain HTTP"):
        plan_download("https://api.intercom.io", "http://evil.example/x.gz", _default(), job_id="j")
    plan = plan_download("https://api.intercom.io", "https://s3.example/x.gz", _default(app_id="a"))
    assert plan.foreign and plan.params == {} and plan.headers == {}  # nothing of ours leaves
    same = plan_download(
        "https://api.intercom.io", "https://api.intercom.io:443/download/content/data/j", _default(app_id="a")
    )
    assert not same.foreign and same.params == {"app_id": "a"}
    assert same.headers["Accept"] == "application/octet-stream"
    default = plan_download("https://api.intercom.io", "", _default())
    assert not default.foreign and default.url == "/download/content/data/j"
    with pytest.raises(DownloadError):
        plan_download("https://api.intercom.io", "file:///etc/passwd", _default())


def test_the_download_request_comes_from_the_generated_endpoint() -> None:
    from intercom_v2_14.api.data_export import download_data_export
    from intercom_v2_14.api.reporting_data_export import download_reporting_data_export

    content = plan_download("https://api.intercom.io", None, download_data_export._get_kwargs("j 1"))
    assert content.url == "/download/content/data/j%201"
    assert content.headers["Accept"] == "application/octet-stream"
    reporting = plan_download(
        "https://api.intercom.io", "", download_reporting_data_export._get_kwargs("j", app_id="a")
    )
    assert reporting.url == "/download/reporting_data/j" and reporting.params == {"app_id": "a"}


def test_target_path_rules(tmp_path: Path) -> None:
    assert target_path(tmp_path / "a.csv", kind="content", job_id="j", keep_gzip=False) == (
        tmp_path / "a.csv",
        False,
    )
    assert target_path(tmp_path / "a.csv.gz", kind="content", job_id="j", keep_gzip=False) == (
        tmp_path / "a.csv.gz",
        True,
    )
    assert target_path(tmp_path / "a.csv", kind="content", job_id="j", keep_gzip=True) == (
        tmp_path / "a.csv.gz",
        True,
    )
    assert target_path(tmp_path, kind="reporting", job_id="j", keep_gzip=False) == (
        tmp_path / "intercom-reporting-export-j.csv",
        False,
    )


# --- large exports: memory and throughput -------------------------------------------------------------------


ROW = (
    b"400000001,1000,post,1033,post 33,68df9e651d3e503a9645f0e4,ext-74,maeve.74@example.test,"
    b"1787487295,,,,,,,,\n"
)


def _big_gzip(rows: int) -> Iterator[bytes]:
    """A large gzipped CSV produced lazily, 1 MiB-ish compressed chunks (never whole in memory)."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    yield comp.compress(
        b"message_id,conversation_id,content_type,content_id,content_title,user_id,user_external_id,"
        b"user_email,created_at,received_at,opened_at,clicked_at,replied_at,completed_at,"
        b"dismissed_at,unsubscribed_at,hard_bounced_at\n"
    )
    block = ROW * 10_000
    for _ in range(rows // 10_000):
        out = comp.compress(block)
        if out:
            yield out
    yield comp.flush()


def _mock_client(rows: int) -> Intercom:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/download/"):
            return httpx.Response(
                200, content=_big_gzip(rows), headers={"Content-Type": "application/octet-stream"}
            )
        return httpx.Response(200, json={"job_identifier": "big", "status": "completed", "download_url": ""})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Intercom(token="t", base_url="http://127.0.0.1:9", http_client=http)


def test_large_download_memory_does_not_grow(tmp_path: Path) -> None:
    client = _mock_client(400_000)  # ~45 MB of CSV
    job = client.exports.get("big")
    tracemalloc.start()
    try:
        result = job.download(tmp_path / "big.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.rows == 400_000
    assert result.bytes_written > 40_000_000
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def _iter_rows_peak(rows: int) -> int:
    job = _mock_client(rows).exports.get("big")
    tracemalloc.start()
    try:
        count = sum(1 for _ in job.iter_rows())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == rows
    return peak


def test_iter_rows_memory_does_not_grow_with_the_export() -> None:
    """Streaming, not buffering: ten times the rows must not take (anywhere near) ten times the memory.
    (Throughput against gunzip is measured by benchmarks/, not asserted here.)"""
    small, large = _iter_rows_peak(20_000), _iter_rows_peak(200_000)
    assert large < 2 * small + 4 * 1024 * 1024, f"peak {small / 1e6:.1f} MB -> {large / 1e6:.1f} MB"


def test_written_csv_parses_identically(tmp_path: Path) -> None:
    client = _mock_client(20_000)
    result = client.exports.get("big").download(tmp_path / "s.csv")
    with result.path.open(newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == result.rows == 20_000
    raw = b"".join(_big_gzip(20_000))
    assert result.path.read_bytes() == gzip.decompress(raw)
    assert io.BytesIO(raw).getbuffer().nbytes > 0
