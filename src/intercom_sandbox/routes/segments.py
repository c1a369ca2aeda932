"""Segments and subscriptions: the workspace's segments with their members, and subscription types
attached to contacts (opted in or out).

Segments are computed from the contacts, so they follow every change: ``All leads`` holds the leads,
``All users`` the users, ``Has company`` the contacts with at least one company (and a company is in the
segments of its contacts). Subscription types are two, one of each consent type; the subscriptions a
contact "explicitly configured" (the list operation's description) are those attached to it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..registry import Call, operation
from ..state import Workspace
from ..subscriptions import SUBSCRIPTION_TYPES
from .contacts import contact_of

__all__: list[str] = []

#: (id, name, person_type, membership rule)
_SEGMENTS: tuple[tuple[str, str, str, Callable[[Workspace, dict[str, Any]], bool]], ...] = (
    ("5f1a0c0000000000000000a1", "All leads", "contact", lambda ws, c: c.get("role") == "lead"),
    ("5f1a0c0000000000000000a2", "All users", "user", lambda ws, c: c.get("role") == "user"),
    (
        "5f1a0c0000000000000000a3",
        "Has company",
        "user",
        lambda ws, c: bool(ws.data.contact_companies.get(c["id"])),
    ),
)


def _segment(ws: Workspace, entry: tuple[str, str, str, Any], count: bool) -> dict[str, Any]:
    sid, name, person_type, rule = entry
    out: dict[str, Any] = {
        "type": "segment",
        "id": sid,
        "name": name,
        "created_at": int(ws.clock.start) - 86400 * 365,
        "updated_at": int(ws.clock.start) - 86400 * 30,
        "person_type": person_type,
    }
    if count:
        out["count"] = sum(1 for c in ws.data.contacts if rule(ws, c))
    return out


@operation("GET /segments")
async def list_segments(call: Call) -> dict[str, Any]:
    count = call.query.get("include_count") == "true"
    return {"type": "segment.list", "segments": [_segment(call.ws, s, count) for s in _SEGMENTS]}


@operation("GET /segments/{segment_id}")
async def get_segment(call: Call) -> dict[str, Any]:
    entry = next((s for s in _SEGMENTS if s[0] == call.path_param()), None)
    if entry is None:
        raise not_found("Segment Not Found")
    return _segment(call.ws, entry, True)


@operation("GET /contacts/{contact_id}/segments")
async def contact_segments(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    return {"type": "list", "data": [_segment(ws, s, False) for s in _SEGMENTS if s[3](ws, contact)]}


@operation("GET /companies/{company_id}/segments")
async def company_segments(call: Call) -> dict[str, Any]:
    ws = call.ws
    company = ws.companies_by_id.get(call.path_param())
    if company is None:
        raise not_found("Company Not Found", "company_not_found")
    members = [c for c in ws.data.contacts if company["id"] in ws.data.contact_companies.get(c["id"], [])]
    return {
        "type": "list",
        "data": [_segment(ws, s, False) for s in _SEGMENTS if any(s[3](ws, c) for c in members)],
    }


# --- subscriptions ---------------------------------------------------------------------------------------


def subscription_type(subscription_id: Any) -> dict[str, Any]:
    found = next((t for t in SUBSCRIPTION_TYPES if t["id"] == str(subscription_id)), None)
    if found is None:
        raise not_found("Resource Not Found")
    return copy.deepcopy(found)


@operation("GET /subscription_types")
async def list_subscription_types(call: Call) -> dict[str, Any]:
    return {"type": "list", "data": [copy.deepcopy(t) for t in SUBSCRIPTION_TYPES]}


@operation("GET /contacts/{contact_id}/subscriptions")
async def contact_subscriptions(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    return {"type": "list", "data": [subscription_type(s) for s in ws.subscriptions.get(contact["id"], [])]}


@operation("POST /contacts/{contact_id}/subscriptions")
async def attach_subscription(call: Call) -> dict[str, Any]:
    """Attaching opts the contact out of an opt-out type, or in to an opt-in type (the description);
    ``consent_type`` must be the type's own."""
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    data = call.data()
    kind = subscription_type(data.get("id"))
    if data.get("consent_type") not in ("opt_in", "opt_out"):
        raise bad_request("consent_type must be opt_in or opt_out", field="consent_type")
    if data["consent_type"] != kind["consent_type"]:
        raise ApiError(
            400,
            "parameter_invalid",
            f"Subscription type {kind['id']} is {kind['consent_type']}, not {data['consent_type']}",
            field="consent_type",
        )
    attached = ws.subscriptions.setdefault(contact["id"], [])
    if kind["id"] not in attached:
        attached.append(kind["id"])
    return kind


@operation("DELETE /contacts/{contact_id}/subscriptions/{subscription_id}")
async def detach_subscription(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param(0))
    kind = subscription_type(call.path_param(1))
    attached = ws.subscriptions.get(contact["id"], [])
    if kind["id"] not in attached:
        raise not_found("Resource Not Found")
    attached.remove(kind["id"])
    return kind
