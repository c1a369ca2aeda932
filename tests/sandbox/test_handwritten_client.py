"""A client written by hand with plain httpx, following only the seeds' steps (shared/seeds/000-001)."""

from __future__ import annotations

import csv
import gzip
import io

import httpx

from intercom_sandbox.server import SandboxHandle


def test_handwritten_client_follows_seeds(sandbox: SandboxHandle) -> None:
    # Seed 000's curl examples: Bearer token, JSON, Intercom-Version: Unstable.
    headers = {
        "Authorization": "Bearer <YOUR_TOKEN_HERE>",
        "Intercom-Version": "Unstable",
        "Accept": "application/json",
    }
    start, end = sandbox.state()["messages_window"]
    with httpx.Client(base_url=sandbox.url, headers=headers) as http:
        # 1. "send a POST request to the export endpoint ... the range of dates that you want exported."
        created = http.post(
            "/export/content/data", json={"created_at_after": start, "created_at_before": end}
        )
        assert created.status_code == 200
        job = created.json()
        assert set(job) == {"job_identifier", "status", "download_url", "download_expires_at"}
        assert job["status"] == "pending"

        # 2. "view the status of your job by sending a GET request to the URL
        #     .../export/content/data/{job_identifier}"
        statuses = []
        for _ in range(10):
            status = http.get(f"/export/content/data/{job['job_identifier']}").json()
            statuses.append(status["status"])
            if status["status"] == "completed":
                break
            sandbox.advance(
                0.5
            )  # the seeds do not say how long a job takes; the sandbox clock stands in for waiting
        assert statuses[0] == "pending" and "in_progress" in statuses and statuses[-1] == "completed"

        # 3. "When a job has a status of complete, and thus a filled download_url, you can download ...
        #     You will have to specify the header Accept: application/octet-stream"
        assert status["download_url"]
        with http.stream(
            "GET", status["download_url"], headers={"Accept": "application/octet-stream"}
        ) as download:
            assert download.status_code == 200
            payload = b"".join(download.iter_raw())

    # "streamed continuously back down to you in a gzipped CSV format"
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(payload).decode())))
    assert len(rows) == sandbox.state()["counts"]["messages"]
    assert all(start <= int(r["created_at"]) <= end for r in rows)
