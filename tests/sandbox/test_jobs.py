"""Generic jobs (2.14+): POST /tickets/enqueue, GET /jobs/status/{id} and the ticket a job creates."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle
from intercom_sandbox.validation import SpecValidator, response_errors

TICKET_QUERY = {"query": {"field": "ticket_type_id", "operator": "=", "value": "100"}}


def contact(api: httpx.Client) -> dict[str, Any]:
    return dict(api.get("/contacts").json()["data"][0])


def ticket_body(api: httpx.Client, **overrides: Any) -> dict[str, Any]:
    body = {
        "ticket_type_id": "100",
        "contacts": [{"id": contact(api)["id"]}],
        "ticket_attributes": {"_default_title_": "Printer on fire", "_default_description_": "Send help"},
        **overrides,
    }
    return body


def enqueue(api: httpx.Client, **overrides: Any) -> dict[str, Any]:
    response = api.post("/tickets/enqueue", json=ticket_body(api, **overrides))
    assert response.status_code == 200, response.text
    return dict(response.json())


def ticket_ids(api: httpx.Client) -> set[str]:
    body = api.post("/tickets/search", json={**TICKET_QUERY, "pagination": {"per_page": 150}}).json()
    return {t["id"] for t in body["tickets"]}


def test_enqueue_answers_a_pending_job_like_the_spec(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job = enqueue(api)
    # The spec's example: {"type": "job", "id": "20", "status": "pending", "url": ".../jobs/status/20",
    # "resource_type": "ticket", "resource_id": null, "resource_url": null}
    assert job == {
        "type": "job",
        "id": "1",
        "url": f"{sandbox.url}/jobs/status/1",
        "status": "pending",
        "resource_type": "ticket",
        "resource_id": None,
        "resource_url": None,
    }
    assert response_errors(SpecValidator(), "2.14", "POST", "/tickets/enqueue", job) == []
    assert enqueue(api)["id"] == "2"  # no one-active-job limit here, unlike exports
    assert [j["status"] for j in sandbox.state()["queued_jobs"]] == ["pending", "pending"]


def test_lifecycle_pending_then_success_creates_the_ticket(api: httpx.Client, sandbox: SandboxHandle) -> None:
    before = ticket_ids(api)
    person = contact(api)
    enqueued_after = sandbox.now()
    job = enqueue(api, contacts=[{"email": person["email"]}])
    enqueued_before = sandbox.now()
    status_path = job["url"].removeprefix(sandbox.url)
    assert status_path == f"/jobs/status/{job['id']}"
    sandbox.advance(1)
    pending = api.get(status_path).json()
    assert pending["status"] == "pending" and pending["resource_id"] is None
    assert ticket_ids(api) == before  # the ticket does not exist while the job is pending

    sandbox.advance(1)
    done = api.get(status_path).json()
    assert done["status"] == "success"
    assert response_errors(SpecValidator(), "2.14", "GET", status_path, done) == []
    ticket_id = done["resource_id"]
    assert ticket_id not in before and ticket_ids(api) == before | {ticket_id}
    assert done["resource_url"] == f"{sandbox.url}/tickets/{ticket_id}"

    ticket = api.get(done["resource_url"].removeprefix(sandbox.url))
    assert ticket.status_code == 200
    body = ticket.json()
    assert response_errors(SpecValidator(), "2.14", "GET", f"/tickets/{ticket_id}", body) == []
    assert body["ticket_attributes"]["_default_title_"] == "Printer on fire"
    assert body["ticket_state"]["category"] == "submitted" and body["open"] is True
    assert [c["id"] for c in body["contacts"]["contacts"]] == [person["id"]]  # resolved from the email
    # created when the job finished: the export delay (2 s) after it was enqueued
    assert int(enqueued_after + 2) <= body["created_at"] <= int(enqueued_before + 2)
    assert api.get(status_path).json()["resource_id"] == ticket_id  # settled once, stays the same


def test_export_delay_setting_times_the_job(api: httpx.Client, sandbox: SandboxHandle) -> None:
    sandbox.configure(export_delay=30)
    job = enqueue(api)
    sandbox.advance(20)
    assert api.get(f"/jobs/status/{job['id']}").json()["status"] == "pending"
    sandbox.advance(10)
    assert api.get(f"/jobs/status/{job['id']}").json()["status"] == "success"


def test_unknown_job_is_404_job_not_found(api: httpx.Client) -> None:
    response = api.get("/jobs/status/424242")
    assert response.status_code == 404
    body = response.json()
    # The spec's "Job not found" example.
    assert body["type"] == "error.list"
    assert body["errors"] == [{"code": "job_not_found", "message": "Job Not Found"}]
    assert body["request_id"] == response.headers["X-Request-Id"]


def test_failed_on_request(api: httpx.Client, sandbox: SandboxHandle) -> None:
    before = ticket_ids(api)
    job = enqueue(api)
    assert sandbox.fail_job(job["id"]) == {"id": job["id"], "status": "failed"}
    sandbox.advance(10)
    failed = api.get(f"/jobs/status/{job['id']}").json()
    assert failed["status"] == "failed"
    assert failed["resource_id"] is None and failed["resource_url"] is None
    assert ticket_ids(api) == before  # a failed job creates nothing

    with pytest.raises(httpx.HTTPStatusError) as unknown:
        sandbox.fail_job("999")
    assert unknown.value.response.status_code == 404


def test_a_succeeded_job_cannot_fail_afterwards(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job = enqueue(api)
    sandbox.advance(2)
    with pytest.raises(httpx.HTTPStatusError) as refused:
        sandbox.fail_job(job["id"])
    assert refused.value.response.status_code == 409
    assert api.get(f"/jobs/status/{job['id']}").json()["status"] == "success"


@pytest.mark.parametrize(
    ("overrides", "status", "code", "message"),
    [
        ({"contacts": None}, 400, "parameter_invalid", "contacts is invalid"),  # spec: an array
        ({"ticket_type_id": 88}, 400, "parameter_invalid", "ticket_type_id is invalid"),  # spec: a string
        ({"skip_notifications": "yes"}, 400, "parameter_invalid", "skip_notifications is invalid"),
        ({"ticket_type_id": "77"}, 400, "parameter_invalid", "Ticket type not found"),
        ({"contacts": []}, 400, "parameter_invalid", "Exactly one contact is allowed"),
        ({"contacts": [{"id": "nobody"}]}, 400, "parameter_invalid", "Contact not found"),
        ({"ticket_attributes": {}}, 400, "parameter_invalid", "Missing required ticket attributes"),
    ],
)
def test_enqueue_validation(
    api: httpx.Client,
    sandbox: SandboxHandle,
    overrides: dict[str, Any],
    status: int,
    code: str,
    message: str,
) -> None:
    response = api.post("/tickets/enqueue", json=ticket_body(api, **overrides))
    assert response.status_code == status
    error = response.json()["errors"][0]
    assert error["code"] == code and error["message"].startswith(message)
    assert sandbox.state()["queued_jobs"] == []  # nothing was enqueued


def test_enqueue_required_fields_come_from_the_spec(api: httpx.Client) -> None:
    response = api.post("/tickets/enqueue", json={"ticket_type_id": "100"})
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "code": "bad_request",
        "message": "'contacts' is a required parameter",
        "field": "contacts",
    }


def test_reset_forgets_jobs_and_their_tickets(api: httpx.Client, sandbox: SandboxHandle) -> None:
    job = enqueue(api)
    sandbox.advance(2)
    ticket_id = api.get(f"/jobs/status/{job['id']}").json()["resource_id"]
    sandbox.reset()
    assert api.get(f"/jobs/status/{job['id']}").status_code == 404
    assert api.get(f"/tickets/{ticket_id}").status_code == 404
    assert enqueue(api)["id"] == "1"


def test_seeded_ticket_by_id(api: httpx.Client) -> None:
    seeded = api.post("/tickets/search", json=TICKET_QUERY).json()["tickets"][0]
    response = api.get(f"/tickets/{seeded['id']}")
    assert response.status_code == 200
    assert response.json() == seeded
    assert response_errors(SpecValidator(), "2.14", "GET", f"/tickets/{seeded['id']}", response.json()) == []
    missing = api.get("/tickets/1")
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "not_found"


@pytest.mark.parametrize("version", ["2.14", "2.15", "2.16", "Preview", "Unstable"])
def test_served_from_2_14_and_in_preview(api: httpx.Client, sandbox: SandboxHandle, version: str) -> None:
    headers = {"Intercom-Version": version}
    job = api.post("/tickets/enqueue", json=ticket_body(api), headers=headers)
    assert job.status_code == 200, job.text
    sandbox.advance(2)
    # Preview names the path variable {id} instead of {job_id}; the route is the same.
    done = api.get(f"/jobs/status/{job.json()['id']}", headers=headers)
    assert done.status_code == 200 and done.json()["status"] == "success"


@pytest.mark.parametrize("version", ["1.0", "2.7", "2.13"])
def test_not_available_before_2_14(api: httpx.Client, sandbox: SandboxHandle, version: str) -> None:
    job = enqueue(api)  # 2.14: exists
    headers = {"Intercom-Version": version}
    for response in (
        api.post("/tickets/enqueue", json=ticket_body(api), headers=headers),
        api.get(f"/jobs/status/{job['id']}", headers=headers),
    ):
        assert response.status_code == 400
        assert response.json()["errors"][0] == {
            "code": "intercom_version_invalid",
            "message": "Requested resource is not available in current API version.",
        }
    assert len(sandbox.state()["queued_jobs"]) == 1


def test_ticket_by_id_follows_the_version_descriptions(api: httpx.Client) -> None:
    seeded = api.post("/tickets/search", json=TICKET_QUERY).json()["tickets"][0]
    assert api.get(f"/tickets/{seeded['id']}", headers={"Intercom-Version": "2.9"}).status_code == 200
    refused = api.get(f"/tickets/{seeded['id']}", headers={"Intercom-Version": "2.8"})
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["code"] == "intercom_version_invalid"
