"""Content and reporting data export jobs: state machine, validation rules, gzipped CSV streaming.

Behaviour follows the seeds (shared/seeds/000-002) and the spec:

* a job is ``pending``, then ``in_progress`` after half the export delay, then ``completed`` (content;
  ``complete`` for reporting, as their docs spell it) or ``no_data`` after the full delay, all on the
  sandbox clock, so tests advance time instead of sleeping;
* ``canceled`` after POST /export/cancel/{id}; ``failed`` only when a test asks for it;
* one active (pending or in_progress) job per workspace and export kind;
* finished jobs are gone two days after they finished (404 afterwards);
* downloads stream gzipped CSV generated lazily: rows are produced in batches and compressed with a
  fast zlib level into ~1 MiB chunks, so a multi-million-row export never sits in memory.
"""

from __future__ import annotations

import csv
import io
import random
import string
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .data import EXPORT_COLUMNS, Dataset

DAY = 86_400
EXPIRY_SECONDS = 2 * DAY
MAX_WINDOW_SECONDS = 90 * DAY
#: zlib level 1: downloads are CPU-bound on compression otherwise (level 6 is ~4x slower on CSV).
GZIP_LEVEL = 1
CHUNK_BYTES = 1 << 20

ACTIVE = ("pending", "in_progress")


@dataclass
class ExportJob:
    """One export job; its status is a function of the sandbox clock, computed on read."""

    job_identifier: str
    kind: str  # "content" or "reporting"
    created_at: float
    delay: float
    row_count: int
    params: dict[str, Any] = field(default_factory=dict)
    canceled_at: float | None = None
    failed_at: float | None = None

    @property
    def finished_at(self) -> float:
        return self.created_at + self.delay

    def status(self, now: float) -> str:
        if self.canceled_at is not None:
            return "canceled"
        if self.failed_at is not None and now >= self.failed_at:
            return "failed"
        elapsed = now - self.created_at
        if elapsed >= self.delay:
            if self.row_count == 0:
                return "no_data"
            return "completed" if self.kind == "content" else "complete"
        if elapsed >= self.delay / 2:
            return "in_progress"
        return "pending"

    def ended_at(self, now: float) -> float | None:
        """When the job reached a terminal state, or None while it is active."""
        if self.canceled_at is not None:
            return self.canceled_at
        if self.failed_at is not None and now >= self.failed_at:
            return self.failed_at
        if now >= self.finished_at:
            return self.finished_at
        return None

    def expired(self, now: float) -> bool:
        """Two days after a job ended it no longer exists (seed 000: "Jobs expire after two days")."""
        ended = self.ended_at(now)
        return ended is not None and now >= ended + EXPIRY_SECONDS

    def downloadable(self, now: float) -> bool:
        return self.status(now) in ("completed", "complete")

    def to_json(self, now: float, base_url: str) -> dict[str, str]:
        """The Export Job Model; ``download_url``/``download_expires_at`` are "" until there is a file."""
        status = self.status(now)
        body = {
            "job_identifier": self.job_identifier,
            "status": status,
            "download_url": "",
            "download_expires_at": "",
        }
        if status in ("completed", "complete"):
            if self.kind == "content":
                path = f"/download/content/data/{self.job_identifier}"
            else:
                path = f"/download/reporting_data/{self.job_identifier}"
            body["download_url"] = base_url.rstrip("/") + path
            body["download_expires_at"] = str(int(self.finished_at + EXPIRY_SECONDS))
        return body


def new_job_identifier(rng: random.Random) -> str:
    """16 lowercase alphanumerics, like ``td03flibvs9ogcld`` in the seeds."""
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(16))


def gzip_stream(pieces: Iterator[str], chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Gzip text pieces incrementally, yielding compressed chunks of roughly ``chunk_bytes``."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # wbits 31: gzip container
    pending: list[bytes] = []
    size = 0
    for piece in pieces:
        out = compressor.compress(piece.encode())
        if out:
            pending.append(out)
            size += len(out)
            if size >= chunk_bytes:
                yield b"".join(pending)
                pending.clear()
                size = 0
    pending.append(compressor.flush())
    yield b"".join(pending)


def content_csv(dataset: Dataset, after: int, before: int) -> Iterator[str]:
    """Header plus one line per seeded message created in ``[after, before]`` (inclusive)."""
    yield ",".join(EXPORT_COLUMNS) + "\n"
    yield from dataset.messages.csv_rows(dataset.messages.range_inclusive(after, before), batch=8192)


# --- Reporting data export -------------------------------------------------------------------------------


def _conversation_attributes() -> list[tuple[str, str]]:
    return [
        ("conversation_id", "Conversation ID"),
        ("conversation_started_at", "Conversation started at"),
        ("first_user_conversation_part_created_at", "First user message created at"),
        ("conversation_last_updated_at", "Last updated at"),
        ("conversation_state", "State"),
        ("priority", "Priority"),
        ("admin_assignee_id", "Teammate assigned"),
        ("team_assignee_id", "Team assigned"),
        ("contact_id", "Contact ID"),
    ]


def _ticket_attributes() -> list[tuple[str, str]]:
    return [
        ("ticket_id", "Ticket ID"),
        ("ticket_created_at", "Ticket created at"),
        ("ticket_state", "Ticket state"),
        ("ticket_category", "Ticket category"),
        ("admin_assignee_id", "Teammate assigned"),
    ]


DATASETS: dict[str, dict[str, Any]] = {
    "conversation": {
        "name": "Conversation",
        "description": "Conversation-level details: status, channel, assignee.",
        "default_time_attribute_id": "conversation_started_at",
        "attributes": _conversation_attributes(),
    },
    "ticket": {
        "name": "Ticket",
        "description": "Ticket-level details: state, category, assignee.",
        "default_time_attribute_id": "ticket_created_at",
        "attributes": _ticket_attributes(),
    },
}


def datasets_json() -> dict[str, Any]:
    """The body of GET /export/reporting_data/get_datasets."""
    return {
        "type": "list",
        "data": [
            {
                "id": key,
                "name": spec["name"],
                "description": spec["description"],
                "default_time_attribute_id": spec["default_time_attribute_id"],
                "attributes": [{"id": a, "name": n} for a, n in spec["attributes"]],
            }
            for key, spec in DATASETS.items()
        ],
    }


def resolve_attribute(dataset_id: str, attribute: str) -> str | None:
    """Canonical attribute id; also accepts the dotted form of seed 002's curl (``conversation.id``)."""
    known = {a for a, _ in DATASETS[dataset_id]["attributes"]}
    if attribute in known:
        return attribute
    prefix = dataset_id + "."
    if attribute.startswith(prefix):
        rest = attribute[len(prefix) :]
        for candidate in (rest, f"{dataset_id}_{rest}"):
            if candidate in known:
                return candidate
    return None


def _reporting_rows(dataset: Dataset, dataset_id: str, start: int, end: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if dataset_id == "conversation":
        for conv in dataset.conversations:
            if start <= conv["created_at"] <= end:
                contacts = conv["contacts"]["contacts"]
                rows.append(
                    {
                        "conversation_id": conv["id"],
                        "conversation_started_at": conv["created_at"],
                        "first_user_conversation_part_created_at": conv["created_at"],
                        "conversation_last_updated_at": conv["updated_at"],
                        "conversation_state": conv["state"],
                        "priority": conv["priority"],
                        "admin_assignee_id": conv["admin_assignee_id"],
                        "team_assignee_id": conv["team_assignee_id"] or "",
                        "contact_id": contacts[0]["id"] if contacts else "",
                    }
                )
    else:
        for ticket in dataset.tickets:
            if start <= ticket["created_at"] <= end:
                rows.append(
                    {
                        "ticket_id": ticket["id"],
                        "ticket_created_at": ticket["created_at"],
                        "ticket_state": ticket["ticket_state"]["category"],
                        "ticket_category": ticket["category"],
                        "admin_assignee_id": ticket["admin_assignee_id"],
                    }
                )
    return rows


def reporting_row_count(dataset: Dataset, dataset_id: str, start: int, end: int) -> int:
    return len(_reporting_rows(dataset, dataset_id, start, end))


def reporting_csv(
    dataset: Dataset, dataset_id: str, attributes: Sequence[str], start: int, end: int
) -> Iterator[str]:
    """CSV with the requested attribute columns, one row per object whose time attribute is in range."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(attributes)
    for row in _reporting_rows(dataset, dataset_id, start, end):
        writer.writerow([row[a] for a in attributes])
    yield buffer.getvalue()
