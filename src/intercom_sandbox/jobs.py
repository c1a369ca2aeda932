"""Generic asynchronous jobs (2.14+): ``POST /tickets/enqueue`` and ``GET /jobs/status/{id}``.

The spec's ``jobs`` schema and examples define the shape: ``{"type": "job", "id", "url", "status",
"resource_type", "resource_id", "resource_url"}`` with ``status`` one of ``pending``, ``success`` or
``failed``. As with export jobs, the status is a function of the sandbox clock, computed on read:

* ``pending`` until the export delay has passed, then ``success``. At that moment the job's resource
  (a ticket) exists: :meth:`Workspace.settle_jobs` adds it to the data set the first time anything looks,
  with ``created_at`` set to the moment the job finished;
* ``failed`` only when a test asks for it (``POST /_sandbox/jobs/{id}/fail``), and only before ``success``:
  a job whose ticket already exists cannot fail afterwards;
* jobs do not expire (nothing public says when they would).

Job ids are decimal strings ("1", "2", ...) like the spec's examples, counted per workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The spec's ``jobs.status`` enum, without its ``null``.
STATUSES = ("pending", "success", "failed")


@dataclass
class QueuedJob:
    """One job behind ``/jobs/status/{id}``: what was asked for and, once it succeeded, what it made."""

    id: str
    resource_type: str
    created_at: float
    delay: float
    request: dict[str, Any] = field(default_factory=dict)
    failed_at: float | None = None
    resource_id: str | None = None

    @property
    def finished_at(self) -> float:
        return self.created_at + self.delay

    def status(self, now: float) -> str:
        if self.failed_at is not None and now >= self.failed_at:
            return "failed"
        return "success" if now >= self.finished_at else "pending"

    def to_json(self, now: float, base_url: str) -> dict[str, Any]:
        """The ``jobs`` object; ``resource_id``/``resource_url`` stay null until the resource exists."""
        base = base_url.rstrip("/")
        status = self.status(now)
        done = status == "success" and self.resource_id is not None
        return {
            "type": "job",
            "id": self.id,
            "url": f"{base}/jobs/status/{self.id}",
            "status": status,
            "resource_type": self.resource_type,
            "resource_id": self.resource_id if done else None,
            "resource_url": f"{base}/{self.resource_type}s/{self.resource_id}" if done else None,
        }


def missing_ticket_attributes(body: dict[str, Any]) -> bool:
    """The spec's 400 example says "Missing required ticket attributes": the sandbox requires a title."""
    attributes = body.get("ticket_attributes")
    return not isinstance(attributes, dict) or not attributes.get("_default_title_")


def build_ticket(
    body: dict[str, Any],
    *,
    id_: str,
    ticket_id: str,
    created_at: int,
    contacts: list[dict[str, Any]],
    ticket_type: dict[str, Any],
) -> dict[str, Any]:
    """A new ticket shaped like the seeded ones (a ``submitted`` ticket, open, no parts yet)."""
    raw_assignment = body.get("assignment")
    assignment: dict[str, Any] = raw_assignment if isinstance(raw_assignment, dict) else {}
    return {
        "type": "ticket",
        "id": id_,
        "ticket_id": ticket_id,
        "category": ticket_type["category"],
        "ticket_attributes": dict(body.get("ticket_attributes") or {}),
        "ticket_state": {
            "type": "ticket_state",
            "id": "8500",
            "category": "submitted",
            "internal_label": "Submitted",
            "external_label": "Submitted",
        },
        "ticket_type": ticket_type,
        "contacts": {"type": "contact.list", "contacts": contacts},
        "admin_assignee_id": str(assignment.get("admin_assignee_id") or "0"),
        "team_assignee_id": str(assignment.get("team_assignee_id") or "0"),
        "created_at": created_at,
        "updated_at": created_at,
        "open": True,
        "snoozed_until": None,
        "linked_objects": {"type": "list", "data": [], "total_count": 0, "has_more": False},
        "ticket_parts": {"type": "ticket_part.list", "ticket_parts": [], "total_count": 0},
        "is_shared": False,
    }
