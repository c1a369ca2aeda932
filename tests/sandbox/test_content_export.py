"""Content data export, exactly as seeds 000/001 document it, driven by the sandbox clock."""

from __future__ import annotations

import csv
import gzip
import io

import httpx
import pytest

from intercom_sandbox.data import DAY, EXPORT_COLUMNS
from intercom_sandbox.server import SandboxHandle

OCTET = {"Accept": "application/octet-stream"}


def window(sandbox: SandboxHandle) -> tuple[int, int]:
    start, end = sandbox.state()["messages_window"]
    return start, end


def error_message(response: httpx.Response) -> str:
    body = response.json()
    assert body["type"] == "error.list"
    return str(body["errors"][0]["message"])


def create(api: httpx.Client, after: int, before: int) -> dict:
    response = api.post("/export/content/data", json={"created_at_after": after, "created_at_before": before})
    assert response.status_code == 200, response.text
    return dict(response.json())


def rows_of(payload: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(gzip.decompress(payload).decode())))


def test_create_answers_pending_job_like_the_seed(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job = create(api, start, end)
    assert job["status"] == "pending"
    assert job["download_url"] == "" and job["download_expires_at"] == ""
    assert len(job["job_identifier"]) == 16 and job["job_identifier"].isalnum()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"created_at_after": 20, "created_at_before": 10},
            "created_at_after is greater than created_at_before",
        ),
        ({"created_at_after": 10}, "'created_at_before' is a required parameter"),
        ({"created_at_before": 10}, "'created_at_after' is a required parameter"),
        ({"created_at_after": 1, "created_at_before": 2, "random_param": 3}, "bad 'random_param' parameter"),
    ],
)
def test_seed_error_messages(api: httpx.Client, body: dict, message: str) -> None:
    response = api.post("/export/content/data", json=body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "bad_request"
    assert error_message(response) == message


def test_non_integer_timestamp_refused(api: httpx.Client) -> None:
    response = api.post(
        "/export/content/data", json={"created_at_after": "yesterday", "created_at_before": 10}
    )
    assert response.status_code == 400
    assert "created_at_after" in error_message(response)


def test_window_over_90_days_refused(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, _ = window(sandbox)
    assert (
        api.post(
            "/export/content/data",
            json={"created_at_after": start, "created_at_before": start + 90 * DAY + 1},
        ).status_code
        == 400
    )
    assert (
        api.post(
            "/export/content/data", json={"created_at_after": start, "created_at_before": start + 90 * DAY}
        ).status_code
        == 200
    )


def test_one_active_job_per_workspace(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    create(api, start, end)
    second = api.post("/export/content/data", json={"created_at_after": start, "created_at_before": end})
    assert second.status_code == 429
    assert error_message(second) == "Exceeded rate limit of 1 pending message data export jobs"
    sandbox.advance(2)  # the first job completes; a new one may start
    create(api, start, end)


def test_lifecycle_pending_in_progress_completed(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    statuses = []
    for _ in range(3):
        statuses.append(api.get(f"/export/content/data/{job_id}").json())
        sandbox.advance(1)  # default export delay: 2 s -> in_progress at 1 s, completed at 2 s
    assert [s["status"] for s in statuses] == ["pending", "in_progress", "completed"]
    done = statuses[-1]
    assert done["download_url"] == f"{sandbox.url}/download/content/data/{job_id}"
    assert int(done["download_expires_at"]) == pytest.approx(sandbox.now() + 2 * DAY - 1, abs=3)


def test_empty_window_is_no_data(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, _ = window(sandbox)
    job_id = create(api, start - 30 * DAY, start - 20 * DAY)["job_identifier"]
    sandbox.advance(5)
    status = api.get(f"/export/content/data/{job_id}").json()
    assert status["status"] == "no_data"
    assert status["download_url"] == ""
    assert api.get(f"/download/content/data/{job_id}", headers=OCTET).status_code == 404


def test_cancel(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    canceled = api.post(f"/export/cancel/{job_id}")
    assert canceled.status_code == 200
    assert canceled.json() == {
        "job_identifier": job_id,
        "status": "canceled",
        "download_url": "",
        "download_expires_at": "",
    }
    sandbox.advance(10)
    assert api.get(f"/export/content/data/{job_id}").json()["status"] == "canceled"
    create(api, start, end)  # a canceled job no longer blocks the workspace
    assert api.post("/export/cancel/unknownjob").status_code == 404


def test_failed_on_request(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    assert sandbox.fail_export(job_id)["status"] == "failed"
    sandbox.advance(5)
    assert api.get(f"/export/content/data/{job_id}").json()["status"] == "failed"
    assert api.get(f"/download/content/data/{job_id}", headers=OCTET).status_code == 404


def test_download_requires_octet_stream(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    sandbox.advance(2)
    refused = api.get(f"/download/content/data/{job_id}")  # Accept: application/json
    assert refused.status_code == 406
    assert refused.json()["type"] == "error.list"
    ok = api.get(f"/download/content/data/{job_id}", headers=OCTET)
    assert ok.status_code == 200
    assert ok.headers["content-type"] == "application/octet-stream"
    assert ok.headers.get("transfer-encoding") == "chunked"  # streamed
    assert ok.content[:2] == b"\x1f\x8b"  # gzip


def test_download_before_completion_is_404(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    assert api.get(f"/download/content/data/{job_id}", headers=OCTET).status_code == 404


def test_csv_rows_inclusive_of_both_ends(api: httpx.Client, sandbox: SandboxHandle) -> None:
    everything = sandbox_rows(api, sandbox, *window(sandbox))
    assert len(everything) == 5000
    assert list(everything[0]) == EXPORT_COLUMNS
    # Pick a window whose bounds are exactly the creation times of two messages.
    after, before = int(everything[100]["created_at"]), int(everything[200]["created_at"])
    sandbox.advance(2 * DAY + 10)  # let the first job expire so its rows are not confused with the next
    subset = sandbox_rows(api, sandbox, after, before)
    expected = [r for r in everything if after <= int(r["created_at"]) <= before]
    assert subset == expected
    assert int(subset[0]["created_at"]) == after and int(subset[-1]["created_at"]) == before
    # Exclusive bounds would lose the end rows.
    assert len([r for r in everything if after < int(r["created_at"]) < before]) < len(subset)


def sandbox_rows(api: httpx.Client, sandbox: SandboxHandle, after: int, before: int) -> list[dict[str, str]]:
    job_id = create(api, after, before)["job_identifier"]
    sandbox.advance(2)
    status = api.get(f"/export/content/data/{job_id}").json()
    assert status["status"] == "completed"
    return rows_of(api.get(status["download_url"], headers=OCTET).content)


def test_job_gone_two_days_after_completion(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start, end = window(sandbox)
    job_id = create(api, start, end)["job_identifier"]
    sandbox.advance(2)
    assert api.get(f"/export/content/data/{job_id}").json()["status"] == "completed"
    sandbox.advance(2 * DAY - 5)
    assert api.get(f"/download/content/data/{job_id}", headers=OCTET).status_code == 200
    sandbox.advance(10)
    gone = api.get(f"/export/content/data/{job_id}")
    assert gone.status_code == 404
    assert gone.json()["errors"][0]["code"] == "not_found"
    assert api.get(f"/download/content/data/{job_id}", headers=OCTET).status_code == 404


def test_large_export_streams_in_chunks(sandbox: SandboxHandle) -> None:
    from intercom_sandbox.config import SandboxConfig
    from intercom_sandbox.server import SandboxServer

    config = SandboxConfig(messages=100_000, contacts=50, companies=5, conversations=400, validate=False)
    with SandboxServer(config) as server, server.handle().client() as api:
        start, end = server.handle().state()["messages_window"]
        job = api.post(
            "/export/content/data", json={"created_at_after": start, "created_at_before": end}
        ).json()
        server.handle().advance(2)
        decompressor_input = 0
        chunks = 0
        lines = 0
        import zlib

        inflate = zlib.decompressobj(31)
        with api.stream("GET", f"/download/content/data/{job['job_identifier']}", headers=OCTET) as response:
            for chunk in response.iter_raw():
                chunks += 1
                decompressor_input += len(chunk)
                lines += inflate.decompress(chunk).count(b"\n")
        assert inflate.eof
    assert lines == 100_001  # header + one row per message
    assert chunks > 1
