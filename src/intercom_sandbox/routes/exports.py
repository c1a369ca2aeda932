"""Data exports: content (seeds 000/001) and reporting (2.14+), their status, cancel and gzipped CSV downloads.

These operations check their bodies before the spec does (``validate=False``): the seeds and the spec's 400
examples show the API's own messages ("bad 'x' parameter"), which a schema error would pre-empt.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import StreamingResponse

from ..errors import ApiError, bad_request
from ..exports import (
    DATASETS,
    MAX_WINDOW_SECONDS,
    ExportJob,
    content_csv,
    datasets_json,
    gzip_stream,
    reporting_csv,
    reporting_row_count,
    resolve_attribute,
)
from ..registry import Call, operation, validate
from ..state import Workspace

__all__: list[str] = []


def _timestamp(data: dict[str, Any], name: str) -> int:
    if name not in data:
        raise bad_request(f"'{name}' is a required parameter", field=name)
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(400, "parameter_invalid", f"{name} must be a unix timestamp (integer)", field=name)
    return value


def _require_octet_stream(request: Request) -> None:
    """Seed 000/spec: downloads need ``Accept: application/octet-stream``; otherwise 406 Not Acceptable."""
    accept = request.headers.get("accept", "")
    if "application/octet-stream" not in accept.lower():
        raise ApiError(406, "not_acceptable", "Accept header must be application/octet-stream")


def _job_json(call: Call, job: ExportJob) -> dict[str, Any]:
    return job.to_json(call.ws.now(), call.base_url)


@operation("POST /export/content/data", validate=False)
async def create_content_export(call: Call) -> Any:
    """POST /export/content/data with the seed's checks and messages, in the seed's order."""
    data = call.data()
    for key in data:
        if key not in ("created_at_after", "created_at_before"):
            raise bad_request(f"bad '{key}' parameter", field=key)
    after = _timestamp(data, "created_at_after")
    before = _timestamp(data, "created_at_before")
    validate(call)
    if after > before:
        raise bad_request("created_at_after is greater than created_at_before")
    if before - after > MAX_WINDOW_SECONDS:
        raise bad_request(
            "the date range between created_at_after and created_at_before cannot exceed 90 days"
        )
    ws = call.ws
    with ws.lock:
        if ws.active_job("content") is not None:
            raise ApiError(
                429, "rate_limit_exceeded", "Exceeded rate limit of 1 pending message data export jobs"
            )
        rows = len(ws.data.messages.range_inclusive(after, before))
        job = ExportJob(
            job_identifier=ws.new_job_id(),
            kind="content",
            created_at=ws.now(),
            delay=ws.config.export_delay,
            row_count=rows,
            params={"created_at_after": after, "created_at_before": before},
        )
        ws.jobs[job.job_identifier] = job
    return _job_json(call, job)


@operation("GET /export/content/data/{job_identifier}")
async def get_content_export(call: Call) -> Any:
    return _job_json(call, call.ws.live_job(call.path_param(), "content"))


@operation("POST /export/cancel/{job_identifier}")
async def cancel_content_export(call: Call) -> Any:
    """POST /export/cancel/{id}: an active job becomes ``canceled``; a finished one is left as it is."""
    ws = call.ws
    job = ws.live_job(call.path_param(), "content")
    if job.status(ws.now()) in ("pending", "in_progress"):
        job.canceled_at = ws.now()
    return _job_json(call, job)


def _download(job: ExportJob, pieces: Any) -> StreamingResponse:
    return StreamingResponse(
        gzip_stream(pieces),
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{job.job_identifier}.csv.gz"'},
    )


def _downloadable(ws: Workspace, job: ExportJob) -> None:
    status = job.status(ws.now())
    if status not in ("completed", "complete"):
        raise ApiError(
            404, "not_found", f"Export job {job.job_identifier} has no file to download (status: {status})"
        )


@operation("GET /download/content/data/{job_identifier}")
async def download_content_export(call: Call) -> Any:
    ws = call.ws
    job = ws.live_job(call.path_param(), "content")
    _require_octet_stream(call.request)
    _downloadable(ws, job)
    dataset = ws.data
    return _download(
        job, content_csv(dataset, job.params["created_at_after"], job.params["created_at_before"])
    )


@operation("POST /export/reporting_data/enqueue", validate=False)
async def enqueue_reporting_export(call: Call) -> Any:
    """POST /export/reporting_data/enqueue, with the error messages of the spec's 400 examples."""
    call.require_version("2.14")
    data = call.data()
    for key in data:
        if key not in ("dataset_id", "attribute_ids", "start_time", "end_time"):
            raise bad_request(f"bad '{key}' parameter", field=key)
    if "dataset_id" not in data:
        raise bad_request("'dataset_id' is a required parameter", field="dataset_id")
    dataset_id = data["dataset_id"]
    if not isinstance(dataset_id, str) or dataset_id not in DATASETS:
        raise bad_request(f"{dataset_id} is not a valid dataset_id", field="dataset_id")
    if "attribute_ids" not in data:
        raise bad_request("'attribute_ids' is a required parameter", field="attribute_ids")
    attributes = data["attribute_ids"]
    if not isinstance(attributes, list):
        raise bad_request("'attribute_ids' not an array must be of type Array", field="attribute_ids")
    if not attributes:
        raise bad_request("attribute_ids must contain at least one attribute_id", field="attribute_ids")
    resolved = [resolve_attribute(dataset_id, str(a)) for a in attributes]
    invalid = [str(a) for a, r in zip(attributes, resolved, strict=True) if r is None]
    if invalid:
        raise bad_request(
            f"attribute_ids invalid for {dataset_id} dataset: {', '.join(invalid)}", field="attribute_ids"
        )
    start = _timestamp(data, "start_time")
    end = _timestamp(data, "end_time")
    validate(call)
    if start > end:
        raise bad_request("start_time is greater than end_time")
    ws = call.ws
    with ws.lock:
        if ws.active_job("reporting") is not None:
            raise ApiError(
                429, "rate_limit_exceeded", "Exceeded rate limit of 1 pending reporting data export jobs"
            )
        job = ExportJob(
            job_identifier=ws.new_job_id(),
            kind="reporting",
            created_at=ws.now(),
            delay=ws.config.export_delay,
            row_count=reporting_row_count(ws.data, dataset_id, start, end),
            params={
                "dataset_id": dataset_id,
                "attribute_ids": resolved,
                "start_time": start,
                "end_time": end,
            },
        )
        ws.jobs[job.job_identifier] = job
    return _job_json(call, job)


@operation("GET /export/reporting_data/get_datasets")
async def reporting_datasets(call: Call) -> Any:
    call.require_version("2.14")
    return datasets_json()


@operation("GET /export/reporting_data/{job_identifier}")
async def get_reporting_export(call: Call) -> Any:
    call.require_version("2.14")
    return _job_json(call, call.ws.live_job(call.path_param(), "reporting"))


@operation("GET /download/reporting_data/{job_identifier}", validate=False)
async def download_reporting_export(call: Call) -> Any:
    call.require_version("2.14")
    ws = call.ws
    job = ws.live_job(call.path_param(), "reporting")
    _require_octet_stream(call.request)
    validate(call)
    _downloadable(ws, job)
    p = job.params
    return _download(
        job, reporting_csv(ws.data, p["dataset_id"], p["attribute_ids"], p["start_time"], p["end_time"])
    )
