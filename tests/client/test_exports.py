"""Content and reporting exports over real HTTP against the sandbox (sync client).

The ``client`` fixture's ``_sleep`` advances the sandbox clock instead of sleeping, so a poll loop
moves a job pending → in_progress → completed without real waiting.
"""

from __future__ import annotations

import csv
import gzip
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from intercom_client import (
    ExportCanceledError,
    ExportExpiredError,
    ExportFailedError,
    ExportJobLimitError,
    ExportTimeoutError,
    Intercom,
    RateLimitError,
)
from intercom_client.exports import ExportNotAvailableError, ExportWindowError, ProgressEvent
from intercom_sandbox.data import EXPORT_COLUMNS
from intercom_sandbox.server import SandboxHandle, SandboxServer

from .conftest import Log, make_client

pytestmark = pytest.mark.timeout(60)


def message_ids(server: SandboxServer, after: int, before: int) -> list[str]:
    messages = server.workspace.data.messages
    return [messages.message_id(i) for i in messages.range_inclusive(after, before)]


def csv_ids(path: Path) -> list[str]:
    with path.open(newline="") as fh:
        return [row["message_id"] for row in csv.DictReader(fh)]


def job_statuses(sandbox: SandboxHandle) -> dict[str, str]:
    return {j["job_identifier"]: j["status"] for j in sandbox.state()["jobs"]}


def test_content_export_rows_match_inclusive_range(
    client: Intercom, sandbox: SandboxHandle, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    """create → poll → download; both boundary messages (created exactly at since/until) are in the file."""
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(100), messages.created_at(300)
    events: list[ProgressEvent] = []
    result = client.exports.content(since, until, tmp_path / "out.csv", progress=events.append)
    ids = csv_ids(result.path)
    assert ids == message_ids(sandbox_server, since, until)
    assert messages.message_id(100) in ids and messages.message_id(300) in ids
    assert messages.message_id(messages.first_at_or_after(until + 1)) not in ids
    assert result.status == "completed" and result.rows == len(ids) and not result.compressed
    assert events[0].stage == "created" and events[-1].stage == "done"
    assert {"waiting", "downloading"} <= {e.stage for e in events}
    assert all(e.job_id == result.job_id for e in events)
    assert list(tmp_path.iterdir()) == [result.path]


def test_date_until_means_end_of_that_day(
    client: Intercom, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    messages = sandbox_server.workspace.data.messages
    first = datetime.fromtimestamp(messages.created_at(2000), UTC).date()
    last = datetime.fromtimestamp(messages.created_at(2400), UTC).date()
    result = client.exports.content(first, last, tmp_path / "days.csv")
    start = int(datetime(first.year, first.month, first.day, tzinfo=UTC).timestamp())
    end = int(datetime(last.year, last.month, last.day, 23, 59, 59, tzinfo=UTC).timestamp())
    ids = csv_ids(result.path)
    assert ids == message_ids(sandbox_server, start, end)
    with result.path.open(newline="") as fh:
        last_row = list(csv.DictReader(fh))[-1]
    assert datetime.fromtimestamp(int(last_row["created_at"]), UTC).date() == last


def test_keep_gzip_writes_the_raw_verified_archive(
    client: Intercom, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(10), messages.created_at(60)
    result = client.exports.content(since, until, tmp_path / "raw.csv", keep_gzip=True)
    assert result.path == tmp_path / "raw.csv.gz" and result.compressed
    text = gzip.decompress(result.path.read_bytes()).decode()
    assert [r["message_id"] for r in csv.DictReader(text.splitlines())] == message_ids(
        sandbox_server, since, until
    )
    assert result.rows == len(message_ids(sandbox_server, since, until))


def test_default_path_and_directory_naming(
    client: Intercom, sandbox_server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = sandbox_server.workspace.data.messages
    result = client.exports.content(messages.created_at(0), messages.created_at(5), tmp_path)
    assert result.path == tmp_path / f"intercom-content-export-{result.job_id}.csv"
    monkeypatch.chdir(tmp_path)
    result2 = client.exports.content(messages.created_at(0), messages.created_at(5), keep_gzip=True)
    assert result2.path == tmp_path / f"intercom-content-export-{result2.job_id}.csv.gz"


def test_step_by_step_and_iter_rows(client: Intercom, sandbox_server: SandboxServer) -> None:
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(500), messages.created_at(900)
    with client.exports.create_content(since, until) as job:
        assert job.status == "pending"
        info = job.wait(poll_interval=0.5)
        assert info.is_done and job.info.download_url
        rows = list(job.iter_rows())
    assert [r["message_id"] for r in rows] == message_ids(sandbox_server, since, until)
    assert list(rows[0]) == EXPORT_COLUMNS


def test_no_data_writes_an_empty_file(client: Intercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
    start = sandbox.state()["messages_window"][0]
    result = client.exports.content(start - 20 * 86_400, start - 10 * 86_400, tmp_path / "none.csv")
    assert result.no_data and result.status == "no_data" and result.rows == 0
    assert result.path.read_bytes() == b""
    gz = client.exports.content(start - 20 * 86_400, start - 10 * 86_400, tmp_path / "none.csv.gz")
    assert gzip.decompress(gz.path.read_bytes()) == b""


def test_failed_job_raises(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    sandbox.fail_export(job.id)
    with pytest.raises(ExportFailedError) as err:
        job.wait()
    assert err.value.job_id == job.id and err.value.status == "failed"


def test_job_canceled_elsewhere_raises(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    with sandbox.client() as raw:
        raw.post(f"/export/cancel/{job.id}").raise_for_status()
    with pytest.raises(ExportCanceledError):
        job.wait()


def test_expired_job_and_file(client: Intercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
    """Two days after completion the job is gone: both the status and the download say expired."""
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    job.wait()
    sandbox.advance(2 * 86_400 + 60)
    with pytest.raises(ExportExpiredError):
        job.download(tmp_path / "late.csv")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportExpiredError):
        job.refresh()


def test_expired_by_download_expires_at_without_request(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    import dataclasses

    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    job.wait()
    job._info = dataclasses.replace(job.info, download_expires_at=1_000)
    before = len(wire)
    with pytest.raises(ExportExpiredError):
        list(job.iter_rows())
    assert len(wire) == before


def test_second_concurrent_job_is_job_limit_error_without_retries(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    start = sandbox.state()["messages_window"][0]
    first = client.exports.create_content(start, start + 86_400)
    with pytest.raises(ExportJobLimitError) as err:
        client.exports.create_content(start, start + 2 * 86_400)
    assert isinstance(err.value, RateLimitError) and err.value.status_code == 429
    assert "1 pending message data export jobs" in str(err.value)
    assert wire.paths().count("POST /export/content/data") == 2  # no retry of the job-limit 429
    assert sleeps == []
    assert job_statuses(sandbox) == {first.id: "pending"}


@pytest.mark.parametrize(
    ("since", "until", "match"),
    [
        (1_700_000_000, 1_600_000_000, "after until"),
        (date(2024, 1, 1), date(2024, 4, 1), "at most 90 days"),
        (datetime(2024, 1, 1), 1_700_000_000, "after until"),
        (True, 5, "bool"),
        ("2024-01-01", 5, "datetime, date or unix"),
    ],
)
def test_bad_windows_refused_before_any_request(
    client: Intercom, wire: Log, since: object, until: object, match: str
) -> None:
    with pytest.raises(ExportWindowError, match=match) as err:
        client.exports.content(since, until)  # type: ignore[arg-type]
    assert isinstance(err.value, ValueError)
    assert len(wire) == 0


def test_exactly_90_days_inclusive_is_accepted(
    client: Intercom, sandbox: SandboxHandle, tmp_path: Path
) -> None:
    """date(Jan 1)..date(Mar 30) is 89 days + 23:59:59: within the API's 90-day limit."""
    end = datetime.fromtimestamp(sandbox.state()["messages_window"][1], UTC).date()
    since = date.fromordinal(end.toordinal() - 89)
    result = client.exports.content(since, end, tmp_path / "q.csv")
    assert result.rows > 0


def test_keyboard_interrupt_during_wait_cancels_the_job(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]

    def interrupt(event: ProgressEvent) -> None:
        if event.stage == "waiting":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.exports.content(start, start + 86_400, progress=interrupt)
    assert list(job_statuses(sandbox).values()) == ["canceled"]


def test_keyboard_interrupt_in_patched_sleep_cancels(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)

    def sleep(seconds: float) -> None:
        raise KeyboardInterrupt

    client._sleep = sleep  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        job.wait()
    assert job_statuses(sandbox)[job.id] == "canceled"


def test_context_manager_exit_cancels_unfinished_job(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    with client.exports.create_content(start, start + 86_400) as job:
        pass
    assert job_statuses(sandbox)[job.id] == "canceled"
    # the slot is free again
    with client.exports.create_content(start, start + 86_400) as job2:
        job2.wait()
    assert job_statuses(sandbox)[job2.id] == "completed"


def test_timeout_cancels_in_one_call_but_not_in_wait(client: Intercom, sandbox: SandboxHandle) -> None:
    sandbox.configure(export_delay=10_000)
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    with pytest.raises(ExportTimeoutError):
        job.wait(poll_interval=1, timeout=0)
    assert job_statuses(sandbox)[job.id] in ("pending", "in_progress")
    job.cancel()
    with pytest.raises(ExportTimeoutError):
        client.exports.content(start, start + 86_400, timeout=0)
    assert sorted(job_statuses(sandbox).values()) == ["canceled", "canceled"]


def test_get_existing_job(client: Intercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    job = client.exports.create_content(start, start + 86_400)
    again = client.exports.get(job.id)
    assert again.id == job.id and again.status == "pending"
    job.cancel()


def test_reporting_export_and_datasets(client: Intercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
    datasets = {d.id: d for d in client.exports.datasets()}
    assert "conversation" in datasets
    attrs = [a.id for a in datasets["conversation"].attributes][:3]
    w0, w1 = sandbox.state()["messages_window"]
    result = client.exports.reporting("conversation", attrs, w0, w1, tmp_path / "conv.csv")
    assert result.status == "complete" and result.kind == "reporting"
    with result.path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == attrs and len(rows) == result.rows > 0


def test_reporting_on_2_7_is_refused_before_any_request(sandbox: SandboxHandle, tmp_path: Path) -> None:
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps, version="2.7")
    with http, client:
        with pytest.raises(ExportNotAvailableError, match=r"Intercom-Version 2\.7.*2\.14"):
            client.exports.reporting("conversation", ["conversation_id"], 0, 10, tmp_path)
        with pytest.raises(ExportNotAvailableError):
            client.exports.datasets()
        with pytest.raises(ExportNotAvailableError):
            client.exports.wait_job("1")
    assert len(wire) == 0


def test_wait_job_polls_jobs_status() -> None:
    """The request wait_job sends, with a mock transport (over HTTP: tests/client/test_wait_job.py)."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        status = "pending" if len(calls) < 3 else "success"
        return httpx.Response(200, json={"type": "job", "id": "20", "status": status, "resource_id": "123"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Intercom(token="t", base_url="http://127.0.0.1:9", http_client=http)
    client._sleep = lambda s: None  # type: ignore[method-assign]
    info = client.exports.wait_job("20", poll_interval=0.01)
    assert info.status == "success" and info.raw["resource_id"] == "123"
    assert calls == ["/jobs/status/20"] * 3
