"""Data events: ``POST /events`` records an event against a contact, ``GET /events`` lists a contact's
events (or their summary), ``POST /events/summaries`` adds counts the way the summaries endpoint does.

Events live in the workspace until reset. The list follows the operation's description: the contact is
named by exactly one of ``user_id``, ``email`` or ``intercom_user_id``, ``type`` must be ``user``, and only
events of the last 90 days are listed, while summaries count every event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from ..errors import ApiError, bad_request, not_found
from ..pagination import check_per_page
from ..registry import Call, operation
from ..state import Workspace

__all__: list[str] = []

#: "you can only 'list' events that are less than 90 days old" (GET /events, description).
LIST_WINDOW = 90 * 86400


def _contact(
    ws: Workspace, *, intercom_id: Any = None, user_id: Any = None, email: Any = None
) -> dict[str, Any]:
    """The contact an event names (Intercom id, then your ``user_id``, then email), or 404."""
    contact = ws.contacts_by_id.get(str(intercom_id)) if intercom_id else None
    if contact is None and user_id:
        contact = next((c for c in ws.data.contacts if c.get("external_id") == user_id), None)
    if contact is None and email:
        contact = next((c for c in ws.data.contacts if c.get("email") == email), None)
    if contact is None:
        raise not_found("User Not Found")
    return contact


def _iso(epoch: float) -> str:
    """The summaries' timestamp format (the spec's example: ``2014-01-16T23:12:21.000+00:00``)."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.000+00:00")


@operation("POST /events")
async def create_event(call: Call) -> Response:
    """202 with no body, as documented; the event is stored against its contact."""
    ws = call.ws
    data = call.data()
    name = data.get("event_name")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("event_name is required", field="event_name")
    if not any(data.get(k) for k in ("id", "user_id", "email")):
        raise bad_request("id, user_id or email is required")
    contact = _contact(ws, intercom_id=data.get("id"), user_id=data.get("user_id"), email=data.get("email"))
    created_at = data.get("created_at")
    metadata = data.get("metadata")
    ws.events.append(
        {
            "type": "event",
            "id": str(ws.store.next_id() + 2_000_000),
            "event_name": name,
            "created_at": created_at
            if isinstance(created_at, int) and not isinstance(created_at, bool)
            else int(ws.now()),
            "contact_id": contact["id"],
            "metadata": dict(metadata) if isinstance(metadata, dict) else {},
            "count": 1,
        }
    )
    return Response(status_code=202)


@operation("GET /events", validate=False)
async def list_events(call: Call) -> dict[str, Any]:
    """The spec declares the contact as one required ``filter`` object; the API reads its members as plain
    query parameters (``?type=user&user_id=...``, the operation's description), so they are checked here."""
    ws = call.ws
    query = call.query
    if query.get("type") != "user":
        raise bad_request("type must be user", field="type")
    named = [k for k in ("user_id", "email", "intercom_user_id") if query.get(k)]
    if len(named) != 1:
        raise bad_request("exactly one of user_id, email or intercom_user_id is required")
    contact = _contact(
        ws,
        intercom_id=query.get("intercom_user_id"),
        user_id=query.get("user_id"),
        email=query.get("email"),
    )
    mine = [e for e in ws.events if e["contact_id"] == contact["id"]]
    answer: dict[str, Any] = {
        "type": "event.summary",
        "email": contact.get("email"),
        "intercom_user_id": contact["id"],
        "user_id": contact.get("external_id"),
    }
    if query.get("summary") == "true":
        answer["events"] = _summaries(mine)
        return answer
    per_page = check_per_page(query.get("per_page"), 50)
    since = ws.now() - LIST_WINDOW
    recent = sorted(
        (e for e in mine if e["created_at"] >= since and "first" not in e), key=lambda e: -e["created_at"]
    )
    answer["events"] = [
        {
            "type": "event",
            "id": e["id"],
            "event_name": e["event_name"],
            "created_at": e["created_at"],
            "user_id": contact.get("external_id"),
            "intercom_user_id": contact["id"],
            "email": contact.get("email"),
            "metadata": e["metadata"],
        }
        for e in recent[:per_page]
    ]
    return answer


def _summaries(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per event name: how many, first and last time (summaries count events of any age)."""
    by_name: dict[str, dict[str, Any]] = {}
    for e in events:
        first = e.get("first", e["created_at"])
        last = e.get("last", e["created_at"])
        entry = by_name.setdefault(e["event_name"], {"count": 0, "first": first, "last": last})
        entry["count"] += e["count"]
        entry["first"] = min(entry["first"], first)
        entry["last"] = max(entry["last"], last)
    return [
        {
            "name": name,
            "first": _iso(s["first"]),
            "last": _iso(s["last"]),
            "count": s["count"],
            "description": None,
        }
        for name, s in sorted(by_name.items())
    ]


@operation("POST /events/summaries")
async def create_summaries(call: Call) -> Response:
    """Adds ``count`` occurrences of an event between ``first`` and ``last`` to the user's summary."""
    ws = call.ws
    data = call.data()
    user_id = data.get("user_id")
    if not user_id:
        raise bad_request("user_id is required", field="user_id")
    contact = _contact(ws, user_id=user_id)
    raw_summary = data.get("event_summaries")
    summary: dict[str, Any] = raw_summary if isinstance(raw_summary, dict) else {}
    name = summary.get("event_name")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("event_summaries.event_name is required", field="event_summaries.event_name")
    count = summary.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ApiError(400, "parameter_invalid", "count must be a positive integer", field="count")
    now = int(ws.now())
    first: int = summary["first"] if isinstance(summary.get("first"), int) else now
    last: int = summary["last"] if isinstance(summary.get("last"), int) else first
    ws.events.append(
        {
            "type": "event",
            "id": str(ws.store.next_id() + 2_000_000),
            "event_name": name,
            "created_at": last,
            "first": min(first, last),
            "last": max(first, last),
            "contact_id": contact["id"],
            "metadata": {},
            "count": count,
        }
    )
    return Response(status_code=200)
