"""The async twin of test_exports.py: AsyncExports over real HTTP against the sandbox."""

from __future__ import annotations

import csv
from pathlib import Path

import anyio
import pytest

from intercom_client import AsyncIntercom, ExportFailedError, ExportJobLimitError
from intercom_client.exports import ExportNotAvailableError, ExportWindowError, ProgressEvent
from intercom_sandbox.server import SandboxHandle, SandboxServer

from .conftest import Log, make_async_client

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


def job_statuses(sandbox: SandboxHandle) -> dict[str, str]:
    return {j["job_identifier"]: j["status"] for j in sandbox.state()["jobs"]}


async def test_async_content_export(
    aclient: AsyncIntercom, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(100), messages.created_at(300)
    events: list[ProgressEvent] = []
    result = await aclient.exports.content(since, until, tmp_path / "a.csv", progress=events.append)
    with result.path.open(newline="") as fh:
        ids = [r["message_id"] for r in csv.DictReader(fh)]
    assert ids == [messages.message_id(i) for i in messages.range_inclusive(since, until)]
    assert messages.message_id(100) in ids and messages.message_id(300) in ids
    assert events[0].stage == "created" and events[-1].stage == "done"


async def test_async_iter_rows_and_context_manager(
    aclient: AsyncIntercom, sandbox_server: SandboxServer
) -> None:
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(0), messages.created_at(1500)
    async with await aclient.exports.create_content(since, until) as job:
        await job.wait()
        ids = [row["message_id"] async for row in job.iter_rows()]
    assert ids == [messages.message_id(i) for i in messages.range_inclusive(since, until)]


async def test_async_context_exit_cancels(aclient: AsyncIntercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    async with await aclient.exports.create_content(start, start + 86_400) as job:
        pass
    assert job_statuses(sandbox)[job.id] == "canceled"


async def test_async_task_cancellation_cancels_the_job(
    aclient: AsyncIntercom, sandbox: SandboxHandle
) -> None:
    sandbox.configure(export_delay=10_000_000)
    start = sandbox.state()["messages_window"][0]
    job = await aclient.exports.create_content(start, start + 86_400)

    async def slow_sleep(seconds: float) -> None:
        await anyio.sleep(0.01)

    aclient._sleep = slow_sleep  # type: ignore[method-assign]
    with anyio.move_on_after(0.2):
        await job.wait(poll_interval=0.01)
    assert job_statuses(sandbox)[job.id] == "canceled"


async def test_async_callback_exception_cancels(aclient: AsyncIntercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]

    def stop(event: ProgressEvent) -> None:
        if event.stage == "waiting":
            raise RuntimeError("user abort")

    with pytest.raises(RuntimeError, match="user abort"):
        await aclient.exports.content(start, start + 86_400, progress=stop)
    assert list(job_statuses(sandbox).values()) == ["canceled"]


async def test_async_failed_and_job_limit(aclient: AsyncIntercom, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    job = await aclient.exports.create_content(start, start + 86_400)
    with pytest.raises(ExportJobLimitError):
        await aclient.exports.create_content(start, start + 86_400)
    sandbox.fail_export(job.id)
    with pytest.raises(ExportFailedError):
        await job.wait()


async def test_async_no_data(aclient: AsyncIntercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
    start = sandbox.state()["messages_window"][0]
    result = await aclient.exports.content(start - 30 * 86_400, start - 29 * 86_400, tmp_path / "n.csv")
    assert result.no_data and result.path.read_bytes() == b""


async def test_async_window_validation(aclient: AsyncIntercom, wire: Log) -> None:
    with pytest.raises(ExportWindowError):
        await aclient.exports.content(10, 5)
    assert len(wire) == 0


async def test_async_reporting(aclient: AsyncIntercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
    datasets = await aclient.exports.datasets()
    assert {d.id for d in datasets} >= {"conversation", "ticket"}
    w0, w1 = sandbox.state()["messages_window"]
    result = await aclient.exports.reporting(
        "ticket", ["ticket_id", "ticket_state"], w0 - 86_400 * 400, w1, tmp_path
    )
    assert result.rows > 0 and result.path.name.startswith("intercom-reporting-export-")


async def test_async_reporting_on_2_7(sandbox: SandboxHandle) -> None:
    wire: Log = Log()
    client, http = make_async_client(sandbox, wire, [], version="2.7")
    async with http, client:
        with pytest.raises(ExportNotAvailableError):
            await client.exports.reporting("conversation", ["conversation_id"], 0, 10)
    assert len(wire) == 0
