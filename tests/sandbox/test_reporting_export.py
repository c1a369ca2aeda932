"""Reporting data export (2.14+): enqueue, status, get_datasets, download, same rules as content."""

from __future__ import annotations

import csv
import gzip
import io

import httpx
import pytest

from intercom_sandbox.data import DAY
from intercom_sandbox.server import SandboxHandle

OCTET = {"Accept": "application/octet-stream"}
IDS = {"app_id": "sandbox", "client_id": "sandbox"}  # the spec declares both query parameters required


def enqueue(api: httpx.Client, sandbox: SandboxHandle, **overrides: object) -> httpx.Response:
    start, end = sandbox.state()["messages_window"]
    body = {
        "dataset_id": "conversation",
        "attribute_ids": ["conversation_id", "conversation_started_at"],
        "start_time": start,
        "end_time": end,
        **overrides,
    }
    return api.post("/export/reporting_data/enqueue", json=body)


def test_get_datasets(api: httpx.Client) -> None:
    body = api.get("/export/reporting_data/get_datasets").json()
    assert body["type"] == "list"
    conversation = next(d for d in body["data"] if d["id"] == "conversation")
    assert conversation["default_time_attribute_id"] == "conversation_started_at"
    assert {"id": "conversation_id", "name": "Conversation ID"} in conversation["attributes"]


def test_lifecycle_and_download(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job = enqueue(
        api,
        sandbox,
        attribute_ids=["conversation.id", "conversation.first_user_conversation_part_created_at"],
    )
    assert job.status_code == 200, job.text
    job_id = job.json()["job_identifier"]
    assert job.json()["status"] == "pending"
    path = f"/export/reporting_data/{job_id}"
    assert api.get(path, params=IDS).json()["status"] == "pending"
    sandbox.advance(1)
    assert api.get(path, params=IDS).json()["status"] == "in_progress"
    sandbox.advance(1)
    done = api.get(path, params=IDS).json()
    assert done["status"] == "complete"  # reporting spells it "complete"
    assert done["download_url"].endswith(f"/download/reporting_data/{job_id}")
    download = api.get(f"/download/reporting_data/{job_id}", params={"app_id": "sandbox"}, headers=OCTET)
    assert download.status_code == 200
    rows = list(csv.reader(io.StringIO(gzip.decompress(download.content).decode())))
    assert rows[0] == ["conversation_id", "first_user_conversation_part_created_at"]
    assert len(rows) - 1 == 200  # every seeded conversation starts inside the message window
    assert api.get(f"/download/reporting_data/{job_id}", params={"app_id": "x"}).status_code == 406


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"dataset_id": "imaginary"}, "imaginary is not a valid dataset_id"),
        ({"attribute_ids": []}, "attribute_ids must contain at least one attribute_id"),
        ({"attribute_ids": "conversation_id"}, "'attribute_ids' not an array must be of type Array"),
        ({"attribute_ids": ["non_existent"]}, "attribute_ids invalid for conversation dataset: non_existent"),
        ({"random_param": 1}, "bad 'random_param' parameter"),
    ],
)
def test_enqueue_validation_messages_from_the_spec(
    api: httpx.Client, sandbox: SandboxHandle, overrides: dict, message: str
) -> None:
    response = enqueue(api, sandbox, **overrides)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == message


def test_enqueue_missing_dataset(api: httpx.Client) -> None:
    response = api.post("/export/reporting_data/enqueue", json={"attribute_ids": ["conversation_id"]})
    assert response.json()["errors"][0]["message"] == "'dataset_id' is a required parameter"


def test_one_active_reporting_job_and_expiry(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job_id = enqueue(api, sandbox).json()["job_identifier"]
    assert enqueue(api, sandbox).status_code == 429
    sandbox.advance(2)
    assert api.get(f"/export/reporting_data/{job_id}", params=IDS).json()["status"] == "complete"
    sandbox.advance(2 * DAY + 1)
    gone = api.get(f"/export/reporting_data/{job_id}", params=IDS)
    assert gone.status_code == 404
    assert gone.json()["errors"][0]["message"] == f"Export job not found for identifier: {job_id}"


def test_failed_status(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job_id = enqueue(api, sandbox).json()["job_identifier"]
    sandbox.fail_export(job_id)
    assert api.get(f"/export/reporting_data/{job_id}", params=IDS).json()["status"] == "failed"


def test_not_available_before_2_14(api: httpx.Client, sandbox: SandboxHandle) -> None:
    for version in ("2.13", "2.7"):
        response = api.get("/export/reporting_data/get_datasets", headers={"Intercom-Version": version})
        assert response.status_code == 400
        assert response.json()["errors"][0]["code"] == "intercom_version_invalid"
    preview = api.get("/export/reporting_data/get_datasets", headers={"Intercom-Version": "Preview"})
    assert preview.status_code == 200
