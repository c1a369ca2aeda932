"""The ASGI application: Intercom routes over the seeded workspace.

Only the flows the facade serves are implemented (contacts, conversations, tickets (search, get, enqueue
with its ``/jobs/status``), companies including scroll, articles, notes, tags, content and reporting data
exports); anything else answers the API's 404 ``error.list``. Cross-cutting behaviour (auth, versions, rate
limit, faults, headers) lives in :mod:`.middleware`, the control plane in :mod:`.control`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from . import control, registry, versions
from . import routes as _routes  # noqa: F401 - importing it registers the hand-written operations
from .config import SandboxConfig
from .errors import ApiError, bad_request, error_response, not_found
from .exports import (
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
from .jobs import QueuedJob, missing_ticket_attributes
from .middleware import SandboxMiddleware
from .pagination import check_per_page, cursor_page, numbered_page, parse_int
from .search import Aliases, compile_query
from .state import Workspace
from .validation import conform

_NO_BODY = object()


# --- request helpers -------------------------------------------------------------------------------------


def workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.workspace
    return ws


def version_of(request: Request) -> str:
    return str(getattr(request.state, "version", workspace(request).config.default_version))


async def read_body(request: Request) -> Any:
    """The JSON body, ``_NO_BODY`` when there is none, or a 400 for malformed JSON."""
    raw = await request.body()
    if not raw.strip():
        return _NO_BODY
    try:
        return json.loads(raw)
    except ValueError:
        raise bad_request("Request body is not valid JSON") from None


def validate(request: Request, body: Any = _NO_BODY) -> None:
    """Check the request against the (overlaid) spec of its Intercom-Version."""
    ws = workspace(request)
    if not ws.config.validate:
        return
    ws.validator.validate(
        versions.spec_version(version_of(request)),
        request.method,
        request.url.path,
        dict(request.query_params),
        None if body is _NO_BODY else body,
        body is not _NO_BODY,
    )


def require_version(request: Request, minimum: str) -> None:
    """Routes introduced in a later version answer like the spec's "Resource not available" example."""
    if not versions.at_least(version_of(request), minimum):
        raise ApiError(
            400, "intercom_version_invalid", "Requested resource is not available in current API version."
        )


def respond(request: Request, body: dict[str, Any]) -> JSONResponse:
    """A JSON response; without the ``nulls`` quirk, nulls the version's schema forbids are left out."""
    ws = workspace(request)
    if "nulls" not in ws.quirks and ws.config.validate:
        # conform() edits in place and rendered objects may be the stored ones: work on a copy.
        body = copy.deepcopy(body)
        conform(
            ws.validator, versions.spec_version(version_of(request)), request.method, request.url.path, body
        )
    return JSONResponse(body)


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def page_url(request: Request) -> Callable[[int], str]:
    """``pages.next`` for page/per_page lists: the same URL with the next page number."""

    def url_for(page: int) -> str:
        return str(request.url.include_query_params(page=page))

    return url_for


def numbered_params(request: Request, default: int) -> tuple[int, int]:
    q = request.query_params
    page = parse_int(q.get("page", "1") or "1", "page", minimum=1)
    return page, check_per_page(q.get("per_page"), default)


def body_object(body: Any) -> dict[str, Any]:
    if body is _NO_BODY:
        return {}
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object")
    return body


def _search(
    request: Request, body: Any, items: Sequence[dict[str, Any]], aliases: Aliases, default_per_page: int
) -> tuple[list[dict[str, Any]], dict[str, Any], int]:
    """POST .../search: filter with the query language, then cursor-paginate via the body.

    ``pagination.page`` is accepted and ignored, as on the real API (Intercom-OpenAPI #98).
    """
    data = body_object(body)
    if "query" not in data:
        raise bad_request("'query' is a required parameter", field="query")
    predicate = compile_query(data["query"], aliases)
    pagination = data.get("pagination") or {}
    if not isinstance(pagination, dict):
        raise ApiError(400, "parameter_invalid", "pagination must be an object", field="pagination")
    per_page = check_per_page(pagination.get("per_page"), default_per_page)
    starting_after = pagination.get("starting_after")
    matches = [item for item in items if predicate(item)]
    page = cursor_page(matches, per_page, starting_after if isinstance(starting_after, str) else None)
    return list(page.items), page.pages, page.total_count


# --- admins ----------------------------------------------------------------------------------------------


async def me(request: Request) -> Response:
    ws = workspace(request)
    admin = ws.data.admins[0]
    return respond(
        request,
        {
            **admin,
            "email_verified": True,
            "app": {
                "type": "app",
                "id_code": ws.data.workspace_id,
                "name": "Sandbox",
                "created_at": ws.clock.start,
                "secure": False,
                "identity_verification": False,
                "timezone": "Europe/Dublin",
                "region": "US",
            },
        },
    )


# --- contacts --------------------------------------------------------------------------------------------

CONTACT_ALIASES: Aliases = {}


def _contact_aliases(ws: Workspace) -> Aliases:
    return {
        "tag_id": lambda c: ws.data.contact_tags.get(c["id"], []),
        "company_id": lambda c: ws.data.contact_companies.get(c["id"], []),
    }


async def list_contacts(request: Request) -> Response:
    """GET /contacts: cursor pagination, default page size 10 (Intercom-OpenAPI PR #639)."""
    validate(request)
    ws = workspace(request)
    per_page = check_per_page(request.query_params.get("per_page"), 10)
    page = cursor_page(ws.data.contacts, per_page, request.query_params.get("starting_after") or None)
    return respond(request, page.body(ws.render_contact))


async def create_contact(request: Request) -> Response:
    body = await read_body(request)
    validate(request, body)
    data = body_object(body)
    ws = workspace(request)
    if not any(data.get(k) for k in ("email", "external_id", "role")):
        raise bad_request("email, external_id or role is required")
    for existing in ws.data.contacts:
        if data.get("email") and existing["email"] == data["email"]:
            raise ApiError(
                409, "conflict", f"A contact matching those details already exists with id={existing['id']}"
            )
    now = int(ws.now())
    contact = dict(ws.data.contacts[0]) if ws.data.contacts else {}
    contact.update(
        {k: None for k in contact if k.endswith("_at") or k in ("phone", "formatted_phone", "name")}
    )
    contact.update(
        {
            "type": "contact",
            "id": ws.new_id(),
            "workspace_id": ws.data.workspace_id,
            "external_id": data.get("external_id"),
            "role": data.get("role") or "user",
            "email": data.get("email"),
            "email_domain": (data.get("email") or "@").split("@", 1)[1] or None,
            "phone": data.get("phone"),
            "name": data.get("name"),
            "owner_id": data.get("owner_id"),
            "has_hard_bounced": False,
            "marked_email_as_spam": False,
            "unsubscribed_from_emails": bool(data.get("unsubscribed_from_emails", False)),
            "created_at": now,
            "updated_at": now,
            "signed_up_at": data.get("signed_up_at"),
            "last_seen_at": data.get("last_seen_at"),
            "custom_attributes": dict(data.get("custom_attributes") or {}),
            "avatar": {"type": "avatar", "image_url": data.get("avatar")},
        }
    )
    ws.data.contacts.append(contact)
    ws.contacts_by_id[contact["id"]] = contact
    return respond(request, ws.render_contact(contact))


def _contact(ws: Workspace, contact_id: str) -> dict[str, Any]:
    contact = ws.contacts_by_id.get(contact_id)
    if contact is None:
        raise not_found("User Not Found")
    return contact


async def get_contact(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    return respond(request, ws.render_contact(_contact(ws, request.path_params["contact_id"])))


async def search_contacts(request: Request) -> Response:
    body = await read_body(request)
    validate(request, body)
    ws = workspace(request)
    items, pages, total = _search(request, body, ws.data.contacts, _contact_aliases(ws), 50)
    return respond(
        request,
        {"type": "list", "data": [ws.render_contact(c) for c in items], "total_count": total, "pages": pages},
    )


async def contact_notes(request: Request) -> Response:
    """GET /contacts/{id}/notes: page/per_page with ``pages.next`` as a URL."""
    validate(request)
    ws = workspace(request)
    contact = _contact(ws, request.path_params["contact_id"])
    page_no, per_page = numbered_params(request, 50)
    notes = [ws.notes_by_id[i] for i in ws.data.contact_notes.get(contact["id"], [])]
    page = numbered_page(notes, page_no, per_page, page_url(request))
    return respond(request, page.body(lambda n: ws.render(n, "note")))


async def contact_tags(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    contact = _contact(ws, request.path_params["contact_id"])
    tags = [ws.tags_by_id[i] for i in ws.data.contact_tags.get(contact["id"], [])]
    return respond(request, {"type": "list", "data": [dict(t) for t in tags]})


async def contact_companies(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    contact = _contact(ws, request.path_params["contact_id"])
    page_no, per_page = numbered_params(request, 50)
    companies = [ws.companies_by_id[i] for i in ws.data.contact_companies.get(contact["id"], [])]
    page = numbered_page(companies, page_no, per_page, page_url(request))
    return respond(request, page.body(lambda c: ws.render(c, "company")))


# --- conversations and tickets ---------------------------------------------------------------------------


def _conversations_newest_first(ws: Workspace) -> list[dict[str, Any]]:
    return sorted(ws.data.conversations, key=lambda c: (-c["updated_at"], c["id"]))


def _conversation_list(
    request: Request, ws: Workspace, items: Sequence[dict[str, Any]], pages: dict[str, Any], total: int
) -> Response:
    return respond(
        request,
        {
            "type": "conversation.list",
            "pages": pages,
            "total_count": total,
            "conversations": [ws.render(c, "conversation") for c in items],
        },
    )


async def list_conversations(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    per_page = check_per_page(request.query_params.get("per_page"), 20)
    page = cursor_page(
        _conversations_newest_first(ws), per_page, request.query_params.get("starting_after") or None
    )
    return _conversation_list(request, ws, page.items, page.pages, page.total_count)


async def get_conversation(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    conv = ws.conversations_by_id.get(request.path_params["conversation_id"])
    if conv is None:
        raise not_found()
    out = ws.render(conv, "conversation")
    out = {**out, "conversation_parts": ws.conversation_parts(conv["id"])}
    return respond(request, out)


def _conversation_aliases() -> Aliases:
    return {
        "contact_ids": lambda c: [x["id"] for x in c["contacts"]["contacts"]],
        "tag_ids": lambda c: [t["id"] for t in c["tags"]["tags"]],
    }


async def search_conversations(request: Request) -> Response:
    body = await read_body(request)
    validate(request, body)
    ws = workspace(request)
    items, pages, total = _search(request, body, _conversations_newest_first(ws), _conversation_aliases(), 20)
    return _conversation_list(request, ws, items, pages, total)


async def search_tickets(request: Request) -> Response:
    body = await read_body(request)
    validate(request, body)
    ws = workspace(request)
    aliases: Aliases = {
        "contact_ids": lambda t: [x["id"] for x in t["contacts"]["contacts"]],
        "state": lambda t: t["ticket_state"]["category"],
        "ticket_type_id": lambda t: t["ticket_type"]["id"],
    }
    ws.settle_jobs()
    items, pages, total = _search(request, body, ws.data.tickets, aliases, 20)
    return respond(
        request,
        {
            "type": "ticket.list",
            "pages": pages,
            "total_count": total,
            "tickets": [ws.render(t, "ticket") for t in items],
        },
    )


async def get_ticket(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    ws.settle_jobs()
    ticket = ws.tickets_by_id.get(request.path_params["ticket_id"])
    if ticket is None:
        raise not_found()
    return respond(request, ws.render(ticket, "ticket"))


# --- generic jobs (2.14+): ticket enqueue and /jobs/status ---------------------------------------------


def _queued_job_json(request: Request, job: QueuedJob) -> Response:
    return respond(request, job.to_json(workspace(request).now(), base_url(request)))


async def enqueue_ticket(request: Request) -> Response:
    """POST /tickets/enqueue: spec validation, then the sandbox's best-effort checks, then a job."""
    require_version(request, "2.14")
    body = await read_body(request)
    validate(request, body)
    data = body_object(body)
    ws = workspace(request)
    for key in ("ticket_type_id", "contacts"):
        if key not in data:  # also enforced by the spec when validation is on
            raise bad_request(f"'{key}' is a required parameter", field=key)
    if str(data["ticket_type_id"]) not in ws.ticket_types():
        raise ApiError(400, "parameter_invalid", "Ticket type not found", field="ticket_type_id")
    contacts = data["contacts"]
    if not isinstance(contacts, list) or len(contacts) != 1:
        raise ApiError(400, "parameter_invalid", "Exactly one contact is allowed", field="contacts")
    if not isinstance(contacts[0], dict) or ws.ticket_contact(contacts[0]) is None:
        raise ApiError(400, "parameter_invalid", "Contact not found", field="contacts")
    if missing_ticket_attributes(data):
        raise ApiError(400, "parameter_invalid", "Missing required ticket attributes")
    return _queued_job_json(request, ws.enqueue_ticket(copy.deepcopy(data)))


async def job_status(request: Request) -> Response:
    """GET /jobs/status/{id}: ``pending`` → ``success`` (or ``failed`` on request); 404 ``job_not_found``."""
    require_version(request, "2.14")
    validate(request)
    return _queued_job_json(request, workspace(request).queued_job(request.path_params["job_id"]))


# --- companies -------------------------------------------------------------------------------------------


def _company_list(request: Request, companies: Sequence[dict[str, Any]], default_per_page: int) -> Response:
    ws = workspace(request)
    page_no, per_page = numbered_params(request, default_per_page)
    page = numbered_page(companies, page_no, per_page, page_url(request))
    return respond(request, page.body(lambda c: ws.render(c, "company")))


async def list_companies(request: Request) -> Response:
    """GET /companies: page/per_page (default 15), optional filters; 404 when a filter matches nothing."""
    validate(request)
    ws = workspace(request)
    q = request.query_params
    companies = ws.data.companies
    filtered = False
    if q.get("name"):
        companies = [c for c in companies if c["name"] == q["name"]]
        filtered = True
    if q.get("company_id"):
        companies = [c for c in companies if c["company_id"] == q["company_id"]]
        filtered = True
    if q.get("tag_id"):
        companies = [c for c in companies if any(t["id"] == q["tag_id"] for t in c["tags"]["tags"])]
        filtered = True
    if q.get("segment_id"):
        companies = []
        filtered = True
    if filtered and not companies:
        raise not_found("Company Not Found", code="company_not_found")
    return _company_list(request, companies, 15)


async def list_all_companies(request: Request) -> Response:
    """POST /companies/list: page/per_page in the query, ``order`` asc/desc by creation (default desc)."""
    validate(request, await read_body(request))
    ws = workspace(request)
    order = request.query_params.get("order", "desc")
    if order not in ("asc", "desc"):
        raise ApiError(400, "parameter_invalid", "order must be asc or desc", field="order")
    companies = sorted(ws.data.companies, key=lambda c: (c["created_at"], c["id"]), reverse=order == "desc")
    return _company_list(request, companies, 15)


async def scroll_companies(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    page, param = ws.scroll_page(request.query_params.get("scroll_param"))
    return respond(
        request,
        {
            "type": "list",
            "data": [ws.render(c, "company") for c in page],
            "pages": None,
            "total_count": None,
            "scroll_param": param,
        },
    )


async def get_company(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    company = ws.companies_by_id.get(request.path_params["company_id"])
    if company is None:
        raise not_found("Company Not Found", code="company_not_found")
    return respond(request, ws.render(company, "company"))


async def create_or_update_company(request: Request) -> Response:
    body = await read_body(request)
    validate(request, body)
    data = body_object(body)
    ws = workspace(request)
    now = int(ws.now())
    company_id = data.get("company_id")
    existing = next((c for c in ws.data.companies if company_id and c["company_id"] == company_id), None)
    if existing is None:
        if not company_id and not data.get("name"):
            raise bad_request("company_id or name is required")
        existing = {
            "type": "company",
            "company_id": company_id or ws.new_id(),
            "id": ws.new_id(),
            "app_id": ws.data.workspace_id,
            "name": data.get("name"),
            "remote_created_at": data.get("remote_created_at"),
            "created_at": now,
            "updated_at": now,
            "last_request_at": None,
            "size": data.get("size"),
            "website": data.get("website"),
            "industry": data.get("industry"),
            "monthly_spend": int(data.get("monthly_spend") or 0),
            "session_count": 0,
            "user_count": 0,
            "tags": {"type": "tag.list", "tags": []},
            "segments": {"type": "segment.list", "segments": []},
            "plan": {},
            "custom_attributes": {},
        }
        ws.data.companies.append(existing)
        ws.companies_by_id[existing["id"]] = existing
    else:
        for key in ("name", "remote_created_at", "size", "website", "industry", "monthly_spend"):
            if key in data:
                existing[key] = data[key]
        existing["updated_at"] = now
    if isinstance(data.get("custom_attributes"), dict):
        existing["custom_attributes"].update(data["custom_attributes"])
    return respond(request, ws.render(existing, "company"))


# --- articles, notes, tags -------------------------------------------------------------------------------


async def list_articles(request: Request) -> Response:
    """GET /articles: page/per_page (default 25) with ``pages.next`` as a URL; no statistics in the list."""
    validate(request)
    ws = workspace(request)
    page_no, per_page = numbered_params(request, 25)
    page = numbered_page(ws.data.articles, page_no, per_page, page_url(request))
    return respond(
        request, page.body(lambda a: ws.render({k: v for k, v in a.items() if k != "statistics"}, "article"))
    )


async def get_article(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    article = ws.articles_by_id.get(request.path_params["article_id"])
    if article is None:
        raise not_found()
    return respond(request, ws.render(article, "article"))


async def get_note(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    note = ws.notes_by_id.get(request.path_params["note_id"])
    if note is None:
        raise not_found()
    return respond(request, ws.render(note, "note"))


async def list_tags(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    return respond(request, {"type": "list", "data": [dict(t) for t in ws.data.tags]})


async def get_tag(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    tag = ws.tags_by_id.get(request.path_params["tag_id"])
    if tag is None:
        raise not_found()
    return respond(request, dict(tag))


# --- content data export ---------------------------------------------------------------------------------


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


def _job_json(request: Request, job: ExportJob) -> Response:
    return respond(request, job.to_json(workspace(request).now(), base_url(request)))


async def create_content_export(request: Request) -> Response:
    """POST /export/content/data with the seed's checks and messages, in the seed's order."""
    body = await read_body(request)
    data = body_object(body)
    for key in data:
        if key not in ("created_at_after", "created_at_before"):
            raise bad_request(f"bad '{key}' parameter", field=key)
    after = _timestamp(data, "created_at_after")
    before = _timestamp(data, "created_at_before")
    validate(request, body)
    if after > before:
        raise bad_request("created_at_after is greater than created_at_before")
    if before - after > MAX_WINDOW_SECONDS:
        raise bad_request(
            "the date range between created_at_after and created_at_before cannot exceed 90 days"
        )
    ws = workspace(request)
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
    return _job_json(request, job)


async def get_content_export(request: Request) -> Response:
    validate(request)
    return _job_json(request, workspace(request).live_job(request.path_params["job_identifier"], "content"))


async def cancel_content_export(request: Request) -> Response:
    """POST /export/cancel/{id}: an active job becomes ``canceled``; a finished one is left as it is."""
    validate(request)
    ws = workspace(request)
    job = ws.live_job(request.path_params["job_identifier"], "content")
    if job.status(ws.now()) in ("pending", "in_progress"):
        job.canceled_at = ws.now()
    return _job_json(request, job)


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


async def download_content_export(request: Request) -> Response:
    validate(request)
    ws = workspace(request)
    job = ws.live_job(request.path_params["job_identifier"], "content")
    _require_octet_stream(request)
    _downloadable(ws, job)
    dataset = ws.data
    return _download(
        job, content_csv(dataset, job.params["created_at_after"], job.params["created_at_before"])
    )


# --- reporting data export (2.14+) -----------------------------------------------------------------------


async def enqueue_reporting_export(request: Request) -> Response:
    """POST /export/reporting_data/enqueue, with the error messages of the spec's 400 examples."""
    require_version(request, "2.14")
    body = await read_body(request)
    data = body_object(body)
    for key in data:
        if key not in ("dataset_id", "attribute_ids", "start_time", "end_time"):
            raise bad_request(f"bad '{key}' parameter", field=key)
    if "dataset_id" not in data:
        raise bad_request("'dataset_id' is a required parameter", field="dataset_id")
    dataset_id = data["dataset_id"]
    if dataset_id not in DATASETS:
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
    validate(request, body)
    if start > end:
        raise bad_request("start_time is greater than end_time")
    ws = workspace(request)
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
    return _job_json(request, job)


async def reporting_datasets(request: Request) -> Response:
    require_version(request, "2.14")
    validate(request)
    return respond(request, datasets_json())


async def get_reporting_export(request: Request) -> Response:
    require_version(request, "2.14")
    validate(request)
    return _job_json(request, workspace(request).live_job(request.path_params["job_identifier"], "reporting"))


async def download_reporting_export(request: Request) -> Response:
    require_version(request, "2.14")
    ws = workspace(request)
    job = ws.live_job(request.path_params["job_identifier"], "reporting")
    _require_octet_stream(request)
    validate(request)
    _downloadable(ws, job)
    p = job.params
    return _download(
        job, reporting_csv(ws.data, p["dataset_id"], p["attribute_ids"], p["start_time"], p["end_time"])
    )


# --- application -----------------------------------------------------------------------------------------

ROUTES: list[Route] = [
    Route("/me", me, methods=["GET"]),
    Route("/contacts", list_contacts, methods=["GET"]),
    Route("/contacts", create_contact, methods=["POST"]),
    Route("/contacts/search", search_contacts, methods=["POST"]),
    Route("/contacts/{contact_id}", get_contact, methods=["GET"]),
    Route("/contacts/{contact_id}/notes", contact_notes, methods=["GET"]),
    Route("/contacts/{contact_id}/tags", contact_tags, methods=["GET"]),
    Route("/contacts/{contact_id}/companies", contact_companies, methods=["GET"]),
    Route("/conversations", list_conversations, methods=["GET"]),
    Route("/conversations/search", search_conversations, methods=["POST"]),
    Route("/conversations/{conversation_id}", get_conversation, methods=["GET"]),
    Route("/tickets/search", search_tickets, methods=["POST"]),
    Route("/tickets/enqueue", enqueue_ticket, methods=["POST"]),
    Route("/tickets/{ticket_id}", get_ticket, methods=["GET"]),
    Route("/jobs/status/{job_id}", job_status, methods=["GET"]),
    Route("/companies", list_companies, methods=["GET"]),
    Route("/companies", create_or_update_company, methods=["POST"]),
    Route("/companies/list", list_all_companies, methods=["POST"]),
    Route("/companies/scroll", scroll_companies, methods=["GET"]),
    Route("/companies/{company_id}", get_company, methods=["GET"]),
    Route("/articles", list_articles, methods=["GET"]),
    Route("/articles/{article_id}", get_article, methods=["GET"]),
    Route("/notes/{note_id}", get_note, methods=["GET"]),
    Route("/tags", list_tags, methods=["GET"]),
    Route("/tags/{tag_id}", get_tag, methods=["GET"]),
    Route("/export/content/data", create_content_export, methods=["POST"]),
    Route("/export/content/data/{job_identifier}", get_content_export, methods=["GET"]),
    Route("/export/cancel/{job_identifier}", cancel_content_export, methods=["POST"]),
    Route("/download/content/data/{job_identifier}", download_content_export, methods=["GET"]),
    Route("/export/reporting_data/enqueue", enqueue_reporting_export, methods=["POST"]),
    Route("/export/reporting_data/get_datasets", reporting_datasets, methods=["GET"]),
    Route("/export/reporting_data/{job_identifier}", get_reporting_export, methods=["GET"]),
    Route("/download/reporting_data/{job_identifier}", download_reporting_export, methods=["GET"]),
]


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(
        exc.status,
        exc.code,
        exc.message,
        getattr(request.state, "request_id", None),
        field=exc.field,
        headers=exc.headers,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    request_id = getattr(request.state, "request_id", None)
    if exc.status_code == 405:
        return error_response(405, "method_not_allowed", "Method Not Allowed", request_id)
    return error_response(
        exc.status_code,
        "not_found" if exc.status_code == 404 else "error",
        "Resource Not Found" if exc.status_code == 404 else str(exc.detail),
        request_id,
    )


def create_app(config: SandboxConfig | None = None, workspace_: Workspace | None = None) -> SandboxMiddleware:
    """The sandbox as an ASGI app (``uvicorn intercom_sandbox.app:create_app --factory`` works too)."""
    ws = workspace_ or Workspace(config or SandboxConfig())
    app = Starlette(
        routes=[*control.ROUTES, *registry.routes(), *ROUTES],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    app.state.workspace = ws
    wrapped = SandboxMiddleware(app, ws)
    wrapped.workspace = ws
    return wrapped
