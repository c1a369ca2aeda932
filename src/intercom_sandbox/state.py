"""Workspace state: the seeded data plus everything requests change (jobs, scrolls, created objects).

One :class:`Workspace` is one Intercom workspace. ``reset()`` rebuilds it from the seed, so each test can
start from the same state without restarting the server.
"""

from __future__ import annotations

import dataclasses
import math
import random
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from . import quirks as quirk_rules
from . import versions
from .clock import SandboxClock
from .config import SandboxConfig
from .content_library import ContentLibrary
from .data import Dataset, build_dataset
from .errors import ApiError
from .exports import ACTIVE, ExportJob, new_job_identifier
from .faults import FaultRegistry
from .help_center import seeded_collections, seeded_help_centers
from .jobs import QueuedJob, build_ticket
from .ratelimit import RateLimiter
from .store import Store
from .subscriptions import consent_of
from .validation import SpecValidator

SCROLL_TTL = 60
INLINE_LIMIT = 10


@dataclass
class ScrollState:
    """The workspace's one open scroll over companies."""

    param: str
    position: int
    expires_at: float
    pages: int = 0


#: Bounds of the runtime settings: (type, minimum, maximum).
_SETTING_BOUNDS: dict[str, tuple[type, float, float]] = {
    "export_delay": (float, 0, 10 * 365 * 86400),
    "rate_limit": (int, 0, 10**9),
    "rate_window": (int, 1, 86400),
    "scroll_page_size": (int, 1, 10_000),
}


def _checked_setting(name: str, value: Any) -> Any:
    """A runtime setting's value, checked (ValueError names the setting and what it accepts)."""
    if name == "validate":
        if not isinstance(value, bool):
            raise ValueError("validate must be true or false")
        return value
    if name == "default_version":
        if not isinstance(value, str):
            raise ValueError(f"default_version must be one of {', '.join(versions.PUBLISHED)}")
        try:
            return versions.normalise(value, "2.14")
        except ApiError:
            raise ValueError(f"default_version must be one of {', '.join(versions.PUBLISHED)}") from None
    kind, low, high = _SETTING_BOUNDS[name]
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if not numeric or not math.isfinite(value) or (kind is int and not isinstance(value, int)):
        raise ValueError(f"{name} must be {'an integer' if kind is int else 'a number'}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}")
    return kind(value)


class Workspace:
    """Seeded data, export jobs, the open scroll, faults, the rate limiter and the clock."""

    #: Settings a test may change at runtime (``POST /_sandbox/config``); ``reset()`` restores them.
    TUNABLE = ("export_delay", "rate_limit", "rate_window", "scroll_page_size", "default_version", "validate")

    def __init__(self, config: SandboxConfig) -> None:
        self.base_config = config
        self.config = dataclasses.replace(config)
        self.clock = SandboxClock(config.clock_start)
        self.validator = SpecValidator()
        self.faults = FaultRegistry()
        self.limiter = RateLimiter(config.rate_limit, config.rate_window)
        self.lock = threading.RLock()
        self.reset()

    def configure(self, changes: dict[str, Any]) -> None:
        """Change tunable settings until the next reset; raises ValueError for anything else."""
        unknown = set(changes) - set(self.TUNABLE)
        if unknown:
            raise ValueError(f"not tunable at runtime: {sorted(unknown)}; tunable: {list(self.TUNABLE)}")
        # Every value is checked before any is applied: a refused change leaves the sandbox as it was.
        changes = {name: _checked_setting(name, value) for name, value in changes.items()}
        with self.lock:
            self.config = dataclasses.replace(self.config, **changes)
            self.limiter = RateLimiter(self.config.rate_limit, self.config.rate_window)

    # --- lifecycle ---------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the seeded state: data, jobs, scroll, faults, rate counters and clock."""
        with self.lock:
            self.config = dataclasses.replace(self.base_config)
            self.limiter = RateLimiter(self.config.rate_limit, self.config.rate_window)
            self.clock.reset()
            self.quirks: frozenset[str] = self.config.quirks
            self.data: Dataset = build_dataset(self.config, self.clock.start)
            self.jobs: dict[str, ExportJob] = {}
            self.queued_jobs: dict[str, QueuedJob] = {}
            self._ids = random.Random(self.config.seed + 7919)
            self.scroll: ScrollState | None = None
            self.content = ContentLibrary.seeded(self.clock.start)
            self.store = Store()
            #: Contact states the seeded objects do not carry (the API reports them per action).
            self.archived_contacts: set[str] = set()
            self.blocked_contacts: set[str] = set()
            #: Parts added to conversations by replies and actions, after the seeded ones.
            self.added_parts: dict[str, list[dict[str, Any]]] = {}
            #: The help center and its collections (the seeded articles' parents), served by the engine.
            self.help_centers = seeded_help_centers(self.data.workspace_id, int(self.clock.start))
            self.collections = seeded_collections(self.data.workspace_id, int(self.clock.start))
            #: Ticket types (with their attributes), built from the seeded tickets' types on first use.
            self.ticket_type_list: list[dict[str, Any]] | None = None
            #: Subscription type ids attached to each contact (opted in, or out, explicitly).
            self.subscriptions: dict[str, list[str]] = {}
            #: Data events and event summaries sent with ``POST /events`` and ``/events/summaries``.
            self.events: list[dict[str, Any]] = []
            #: Data attributes, seeded on first use from the list example of the request's version.
            self.data_attributes: list[dict[str, Any]] | None = None
            self.faults.clear()
            self._index()

    def reindex(self) -> None:
        """Rebuild the id indexes after objects were added to or removed from the seeded lists."""
        self._index()

    def _index(self) -> None:
        d = self.data
        self.contacts_by_id = {c["id"]: c for c in d.contacts}
        self.companies_by_id = {c["id"]: c for c in d.companies}
        self.conversations_by_id = {c["id"]: c for c in d.conversations}
        self.notes_by_id = {n["id"]: n for n in d.notes}
        self.articles_by_id = {a["id"]: a for a in d.articles}
        self.tags_by_id = {t["id"]: t for t in d.tags}
        self.tickets_by_id = {t["id"]: t for t in d.tickets}
        self.conversation_index = {c["id"]: k for k, c in enumerate(d.conversations)}

    def now(self) -> float:
        return self.clock.now()

    def new_id(self) -> str:
        """Deterministic ids for objects created through the API (same seed, same sequence)."""
        return f"{int(self.now()) & 0xFFFFFFFF:08x}{self._ids.getrandbits(64):016x}"

    def new_job_id(self) -> str:
        return new_job_identifier(self._ids)

    # --- rendering ---------------------------------------------------------------------------------------

    def render(self, obj: dict[str, Any], kind: str) -> dict[str, Any]:
        """An object as the server sends it: the enabled quirks applied to a copy."""
        return quirk_rules.apply(obj, kind, self.quirks)

    def render_contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        """A contact with its inline tag/note/company lists (at most 10 items, then ``has_more``)."""
        cid = contact["id"]
        out = dict(contact)

        def inline(kind: str, ids: list[str], path: str) -> dict[str, Any]:
            return {
                "type": "list",
                "data": [{"type": kind, "id": i, "url": f"/{path}/{i}"} for i in ids[:INLINE_LIMIT]],
                "url": f"/contacts/{cid}/{path}",
                "total_count": len(ids),
                "has_more": len(ids) > INLINE_LIMIT,
            }

        out["tags"] = inline("tag", self.data.contact_tags.get(cid, []), "tags")
        out["notes"] = inline("note", self.data.contact_notes.get(cid, []), "notes")
        out["companies"] = inline("company", self.data.contact_companies.get(cid, []), "companies")
        attached = self.subscriptions.get(cid, [])
        for key, consent in (
            ("opted_out_subscription_types", "opt_out"),
            ("opted_in_subscription_types", "opt_in"),
        ):
            ids = [s for s in attached if consent_of(s) == consent]
            out[key] = {
                "type": "list",
                "data": [{"type": "subscription", "id": i, "url": f"/subscriptions/{i}"} for i in ids],
                "url": f"/contacts/{cid}/subscriptions",
                "total_count": len(ids),
                "has_more": False,
            }
        out["enabled_push_messaging"] = None
        return self.render(out, "contact")

    def conversation_parts(self, conversation_id: str, limit: int = 500) -> dict[str, Any]:
        """The parts of a conversation: its seeded messages after the first (which is the source)."""
        k = self.conversation_index[conversation_id]
        messages = self.data.messages
        # Conversations created through the API have no seeded messages.
        block = messages.block(k) if messages.count and k < messages.conversations else range(0)
        conv = self.data.conversations[k]
        contacts = conv["contacts"]["contacts"]
        contact = self.contacts_by_id.get(contacts[0]["id"]) if contacts else None
        admin = self.data.admins[k % len(self.data.admins)]
        rest = block[1:]
        parts = [messages.part(i, contact, admin) for i in rest[:limit]]
        added = self.added_parts.get(conversation_id, [])
        return {
            "type": "conversation_part.list",
            "conversation_parts": parts + [dict(p) for p in added],
            "total_count": len(rest) + len(added),
        }

    # --- export jobs -------------------------------------------------------------------------------------

    def live_job(self, job_identifier: str, kind: str) -> ExportJob:
        """A job that exists and has not expired; expired jobs are dropped (404 from then on)."""
        now = self.now()
        job = self.jobs.get(job_identifier)
        if job is not None and job.expired(now):
            del self.jobs[job_identifier]
            job = None
        if job is None or job.kind != kind:
            raise ApiError(404, "not_found", f"Export job not found for identifier: {job_identifier}")
        return job

    def active_job(self, kind: str) -> ExportJob | None:
        now = self.now()
        for job in self.jobs.values():
            if job.kind == kind and job.status(now) in ACTIVE:
                return job
        return None

    # --- generic jobs (/jobs/status) --------------------------------------------------------------------

    def ticket_contact(self, ref: dict[str, Any]) -> dict[str, Any] | None:
        """The ticket's reference to an existing contact named by ``id``, ``external_id`` or ``email``."""
        contact = self.contacts_by_id.get(ref["id"]) if ref.get("id") else None
        for key in ("external_id", "email"):
            if contact is None and ref.get(key):
                contact = next((c for c in self.data.contacts if c.get(key) == ref[key]), None)
        if contact is None:
            return None
        return {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id")}

    def ticket_types(self) -> dict[str, dict[str, Any]]:
        """Ticket types the workspace knows: those of the seeded tickets, and any created since."""
        known = {t["ticket_type"]["id"]: t["ticket_type"] for t in self.data.tickets}
        for created in self.ticket_type_list or []:
            known.setdefault(
                created["id"],
                {
                    "type": "ticket_type",
                    "id": created["id"],
                    "name": created["name"],
                    "category": created["category"],
                },
            )
        return known

    def enqueue_ticket(self, request: dict[str, Any]) -> QueuedJob:
        """A ticket job; the ticket itself appears when the job succeeds (see :meth:`settle_jobs`)."""
        with self.lock:
            job = QueuedJob(
                id=str(len(self.queued_jobs) + 1),
                resource_type="ticket",
                created_at=self.now(),
                delay=self.config.export_delay,
                request=request,
            )
            self.queued_jobs[job.id] = job
            return job

    def settle_jobs(self) -> None:
        """Create the resources of jobs that have succeeded by now (once each, in job order)."""
        now = self.now()
        with self.lock:
            for job in self.queued_jobs.values():
                if job.resource_id is None and job.status(now) == "success":
                    job.resource_id = self._create_ticket(job)

    def _create_ticket(self, job: QueuedJob) -> str:
        body = job.request
        numbers = [int(t["id"]) for t in self.data.tickets if t["id"].isdigit()]
        ticket_numbers = [int(t["ticket_id"]) for t in self.data.tickets if t["ticket_id"].isdigit()]
        contacts = [c for c in (self.ticket_contact(r) for r in body.get("contacts") or []) if c]
        ticket_type = dict(self.ticket_types().get(str(body["ticket_type_id"])) or {})
        ticket_type.setdefault("category", "Customer")
        created_at = body.get("created_at")
        ticket = build_ticket(
            body,
            id_=str(max(numbers, default=599) + 1),
            ticket_id=str(max(ticket_numbers, default=0) + 1),
            created_at=int(created_at if isinstance(created_at, int) else job.finished_at),
            contacts=contacts,
            ticket_type=ticket_type,
        )
        self.data.tickets.append(ticket)
        self.tickets_by_id[ticket["id"]] = ticket
        return str(ticket["id"])

    def queued_job(self, job_id: str) -> QueuedJob:
        """A job behind /jobs/status, settled; 404 ``job_not_found`` as in the spec's example."""
        self.settle_jobs()
        job = self.queued_jobs.get(job_id)
        if job is None:
            raise ApiError(404, "job_not_found", "Job Not Found")
        return job

    def fail_queued_job(self, job_id: str) -> QueuedJob | None:
        """Make a pending job ``failed`` from now on; None when there is no such job.

        Raises ValueError for a job that already succeeded (its resource exists).
        """
        with self.lock:
            self.settle_jobs()
            job = self.queued_jobs.get(job_id)
            if job is None:
                return None
            now = self.now()
            if job.status(now) == "success":
                raise ValueError(f"job {job_id} already succeeded")
            if job.failed_at is None:
                job.failed_at = now
            return job

    # --- scroll ------------------------------------------------------------------------------------------

    def scroll_page(self, scroll_param: str | None) -> tuple[list[dict[str, Any]], str]:
        """The next page of the workspace's scroll over companies, and the scroll_param to send back.

        Real behaviour (spec-quirks.md): one open scroll per workspace (400 ``scroll_exists``), a
        scroll_param lives one minute after its last use, the last page is an empty ``data`` with the
        same scroll_param, and 404 means there are no companies at all.
        """
        now = self.now()
        scroll = self.scroll
        if scroll is not None and now >= scroll.expires_at:
            self.scroll = scroll = None
        if scroll_param is None or scroll_param == "":
            if scroll is not None:
                raise ApiError(400, "scroll_exists", "scroll already exists for this workspace")
            if not self.data.companies:
                raise ApiError(404, "not_found", "companies not found")
            scroll = ScrollState(
                param=str(uuid.UUID(int=self._ids.getrandbits(128))), position=0, expires_at=0
            )
            self.scroll = scroll
        elif scroll is None or scroll.param != scroll_param:
            raise ApiError(
                400,
                "parameter_invalid",
                "scroll_param is invalid or has expired; start a new scroll",
                field="scroll_param",
            )
        size = self.config.scroll_page_size
        page = self.data.companies[scroll.position : scroll.position + size]
        scroll.position += len(page)
        scroll.pages += 1
        scroll.expires_at = now + SCROLL_TTL
        return page, scroll.param

    def invalidate_scroll(self) -> None:
        """A 500 mid-scroll loses the scroll (the client must start again)."""
        self.scroll = None

    # --- introspection -----------------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        self.settle_jobs()
        now = self.now()
        return {
            "now": now,
            "clock_start": self.clock.start,
            "clock_advanced": self.clock.advanced,
            "workspace_id": self.data.workspace_id,
            "quirks": sorted(self.quirks),
            "config": self.config.public(),
            "counts": {
                "contacts": len(self.data.contacts),
                "companies": len(self.data.companies),
                "conversations": len(self.data.conversations),
                "messages": self.data.messages.count,
                "articles": len(self.data.articles),
                "notes": len(self.data.notes),
                "tags": len(self.data.tags),
                "tickets": len(self.data.tickets),
                "content_import_sources": len(self.content.sources),
                "external_pages": len(self.content.pages),
            },
            "messages_window": [
                self.data.messages.window_start,
                self.data.messages.window_start + self.data.messages.window,
            ],
            "jobs": [
                {
                    "job_identifier": j.job_identifier,
                    "kind": j.kind,
                    "status": j.status(now),
                    "rows": j.row_count,
                }
                for j in self.jobs.values()
                if not j.expired(now)
            ],
            "queued_jobs": [
                {
                    "id": j.id,
                    "resource_type": j.resource_type,
                    "status": j.status(now),
                    "resource_id": j.resource_id,
                }
                for j in self.queued_jobs.values()
            ],
            "scroll": None
            if self.scroll is None
            else {
                "scroll_param": self.scroll.param,
                "expires_at": self.scroll.expires_at,
                "pages": self.scroll.pages,
            },
            "faults": self.faults.list(),
            "fault_history": list(self.faults.history),
            "spec_sources": dict(self.validator.sources),
        }
