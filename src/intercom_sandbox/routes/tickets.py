"""Tickets: search, get, and the generic jobs behind ``POST /tickets/enqueue`` (2.14+)."""

from __future__ import annotations

import copy
from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..jobs import QueuedJob, missing_ticket_attributes
from ..registry import Call, operation, validate
from ..search import Aliases, check_limits, search_page

__all__: list[str] = []


@operation("POST /tickets/search", validate=False)
async def search_tickets(call: Call) -> Any:
    check_limits(call.body)  # before the schema: validating thousands of filters would take seconds
    validate(call)
    ws = call.ws
    aliases: Aliases = {
        "contact_ids": lambda t: [x["id"] for x in t["contacts"]["contacts"]],
        "state": lambda t: t["ticket_state"]["category"],
        "ticket_type_id": lambda t: t["ticket_type"]["id"],
    }
    ws.settle_jobs()
    items, pages, total = search_page(call.data(), ws.data.tickets, aliases, 20)
    return {
        "type": "ticket.list",
        "pages": pages,
        "total_count": total,
        "tickets": [ws.render(t, "ticket") for t in items],
    }


@operation("GET /tickets/{ticket_id}")
async def get_ticket(call: Call) -> Any:
    ws = call.ws
    ws.settle_jobs()
    ticket = ws.tickets_by_id.get(call.path_param())
    if ticket is None:
        raise not_found()
    return ws.render(ticket, "ticket")


def _queued_job_json(call: Call, job: QueuedJob) -> dict[str, Any]:
    return job.to_json(call.ws.now(), call.base_url)


@operation("POST /tickets/enqueue", validate=False)
async def enqueue_ticket(call: Call) -> Any:
    """POST /tickets/enqueue: spec validation, then the sandbox's best-effort checks, then a job."""
    call.require_version("2.14")
    validate(call)
    data = call.data()
    ws = call.ws
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
    return _queued_job_json(call, ws.enqueue_ticket(copy.deepcopy(data)))


@operation("GET /jobs/status/{job_id}")
async def job_status(call: Call) -> Any:
    """GET /jobs/status/{id}: ``pending`` → ``success`` (or ``failed`` on request); 404 ``job_not_found``."""
    call.require_version("2.14")
    return _queued_job_json(call, call.ws.queued_job(call.path_param()))
