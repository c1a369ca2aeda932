"""``exports.wait_job`` (generic ``GET /jobs/status/{id}``, 2.14+) over real HTTP against the sandbox.

Jobs come from ``POST /tickets/enqueue``. The clients' ``_sleep`` is replaced (conftest) by one that
records the seconds and advances the sandbox clock, so a job finishes after the sandbox's export delay
(2 s) without any real waiting.
"""

from __future__ import annotations

from typing import Any

import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, ExportFailedError, ExportTimeoutError, Intercom
from intercom_client.exports import JobInfo, ProgressEvent
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_async_client, make_client

pytestmark = pytest.mark.timeout(60)

#: poll_interval=1.0, backoff 1.5: pending at 0 s, pending at 1 s, success at 2.5 s (delay 2 s).
EXPECTED_SLEEPS = [1.0, 1.5]


def enqueue_ticket(sandbox: SandboxHandle, version: str = "2.14") -> str:
    """A ticket job, created over the wire; returns its id."""
    with sandbox.client() as http:
        contact_id = http.get("/contacts").json()["data"][0]["id"]
        response = http.post(
            "/tickets/enqueue",
            headers={"Intercom-Version": version},
            json={
                "ticket_type_id": "100",
                "contacts": [{"id": contact_id}],
                "ticket_attributes": {"_default_title_": "Refund request"},
            },
        )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "pending"
    return str(response.json()["id"])


def assert_success(info: JobInfo, job_id: str, sandbox: SandboxHandle) -> None:
    assert isinstance(info, JobInfo)
    assert info.job_id == job_id and info.status == "success" and info.is_done
    assert info.download_url is None  # a generic job has a resource, not a file
    assert info.raw["resource_type"] == "ticket"
    ticket_id = info.raw["resource_id"]
    assert info.raw["resource_url"] == f"{sandbox.url}/tickets/{ticket_id}"
    with sandbox.client() as http:
        ticket = http.get(f"/tickets/{ticket_id}")
    assert ticket.status_code == 200
    assert ticket.json()["ticket_attributes"]["_default_title_"] == "Refund request"


# --- sync --------------------------------------------------------------------------------------------


def test_wait_job_returns_success(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    job_id = enqueue_ticket(sandbox)
    info = client.exports.wait_job(job_id)
    assert_success(info, job_id, sandbox)
    assert wire.paths() == [f"GET /jobs/status/{job_id}"] * 3
    assert [e.headers["intercom-version"] for e in wire.exchanges] == ["2.14"] * 3
    assert sleeps == EXPECTED_SLEEPS


def test_wait_job_reports_progress(client: Intercom, sandbox: SandboxHandle) -> None:
    job_id = enqueue_ticket(sandbox)
    events: list[ProgressEvent] = []
    client.exports.wait_job(job_id, progress=events.append)
    assert [(e.stage, e.job_id, e.status) for e in events] == [
        ("waiting", job_id, "pending"),
        ("waiting", job_id, "pending"),
        ("waiting", job_id, "success"),
    ]


def test_wait_job_failed_raises_export_failed(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    job_id = enqueue_ticket(sandbox)
    sandbox.fail_job(job_id)
    with pytest.raises(ExportFailedError) as info:
        client.exports.wait_job(job_id)
    assert info.value.job_id == job_id and info.value.status == "failed"
    assert len(wire) == 1 and sleeps == []  # terminal on the first poll


def test_wait_job_fails_while_waiting(client: Intercom, sandbox: SandboxHandle) -> None:
    """The job fails between two polls: the wait stops on the poll that sees it."""
    job_id = enqueue_ticket(sandbox)
    statuses: list[str | None] = []

    def fail_after_first_poll(event: ProgressEvent) -> None:
        statuses.append(event.status)
        if len(statuses) == 1:
            sandbox.fail_job(job_id)

    with pytest.raises(ExportFailedError):
        client.exports.wait_job(job_id, progress=fail_after_first_poll)
    assert statuses == ["pending", "failed"]


def test_wait_job_unknown_id_raises_not_found(client: Intercom, wire: Log, sleeps: list[float]) -> None:
    with pytest.raises(ic.NotFoundError) as info:
        client.exports.wait_job("424242")
    assert info.value.status_code == 404
    assert info.value.codes == ["job_not_found"]
    assert wire.statuses() == [404] and sleeps == []  # a 404 is not retried


def test_wait_job_timeout_leaves_the_job_running(client: Intercom, sandbox: SandboxHandle) -> None:
    job_id = enqueue_ticket(sandbox)
    with pytest.raises(ExportTimeoutError) as info:
        client.exports.wait_job(job_id, timeout=0)
    assert info.value.job_id == job_id and info.value.status == "pending"
    assert client.exports.wait_job(job_id).status == "success"  # the job was not touched


def test_wait_job_on_preview(sandbox: SandboxHandle) -> None:
    """Preview names the path variable ``{id}`` (``{job_id}`` in 2.14-2.16); the request is the same."""
    wire, sleeps = Log(), []
    client, http = make_client(sandbox, wire, sleeps, version="Preview")
    with http, client:
        job_id = enqueue_ticket(sandbox, "Preview")
        info = client.exports.wait_job(job_id)
    assert_success(info, job_id, sandbox)
    assert {e.headers["intercom-version"] for e in wire.exchanges} == {"Preview"}


def test_enqueue_through_the_generated_operation_then_wait(client: Intercom, sandbox: SandboxHandle) -> None:
    """The whole 2.14 flow through the client: generated POST /tickets/enqueue, then wait_job."""
    from intercom_v2_14.models.enqueue_create_ticket_body import EnqueueCreateTicketBody

    contact_id = client._http.get("/contacts").json()["data"][0]["id"]
    body = EnqueueCreateTicketBody.from_dict(
        {
            "ticket_type_id": "100",
            "contacts": [{"id": contact_id}],
            "ticket_attributes": {"_default_title_": "Refund request"},
        }
    )
    job: Any = client.call(client.operation("POST /tickets/enqueue"), body=body)
    assert job.id and job.status.value == "pending" and job.resource_id is None
    assert_success(client.exports.wait_job(job.id), job.id, sandbox)


# --- async -------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_wait_job_returns_success(
    aclient: AsyncIntercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    job_id = enqueue_ticket(sandbox)
    events: list[ProgressEvent] = []
    info = await aclient.exports.wait_job(job_id, progress=events.append)
    assert_success(info, job_id, sandbox)
    assert wire.paths() == [f"GET /jobs/status/{job_id}"] * 3
    assert sleeps == EXPECTED_SLEEPS
    assert [e.status for e in events] == ["pending", "pending", "success"]
    assert {e.job_id for e in events} == {job_id} and {e.stage for e in events} == {"waiting"}


@pytest.mark.anyio
async def test_async_wait_job_failed_raises_export_failed(
    aclient: AsyncIntercom, sandbox: SandboxHandle, sleeps: list[float]
) -> None:
    job_id = enqueue_ticket(sandbox)
    sandbox.advance(1)
    sandbox.fail_job(job_id)
    with pytest.raises(ExportFailedError) as info:
        await aclient.exports.wait_job(job_id)
    assert info.value.job_id == job_id and info.value.status == "failed"
    assert sleeps == []


@pytest.mark.anyio
async def test_async_wait_job_unknown_id_raises_not_found(aclient: AsyncIntercom, wire: Log) -> None:
    with pytest.raises(ic.NotFoundError) as info:
        await aclient.exports.wait_job("424242")
    assert info.value.codes == ["job_not_found"]
    assert wire.statuses() == [404]


@pytest.mark.anyio
async def test_async_wait_job_on_preview(sandbox: SandboxHandle) -> None:
    wire, sleeps = Log(), []
    client, http = make_async_client(sandbox, wire, sleeps, version="Preview")
    async with http, client:
        job_id = enqueue_ticket(sandbox, "Preview")
        info = await client.exports.wait_job(job_id)
    assert_success(info, job_id, sandbox)
    assert sleeps == EXPECTED_SLEEPS
