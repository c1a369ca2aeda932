"""Conversations: list, get, search, replies, state changes (close, open, snooze, assign) as parts, and
tags on conversations and tickets.

A reply or an action appends a ``conversation_part`` after the seeded ones and answers the whole
conversation with its parts, like the spec's examples of ``/reply`` and ``/parts``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from ..errors import bad_request, not_found
from ..pagination import check_per_page, cursor_page
from ..registry import Call, operation, validate
from ..search import Aliases, check_limits, search_page
from ..state import Workspace
from .contacts import applied, tag_of

__all__: list[str] = []

#: ``message_type`` of POST /conversations/{id}/parts -> the conversation's state afterwards.
STATES = {"close": "closed", "open": "open", "snoozed": "snoozed"}


def conversation_of(ws: Workspace, conversation_id: str) -> dict[str, Any]:
    conversation = ws.conversations_by_id.get(conversation_id)
    if conversation is None:
        raise not_found("Conversation not found")
    return conversation


def _author(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    if data.get("type") == "user" or "intercom_user_id" in data or "user_id" in data or "email" in data:
        wanted = data.get("intercom_user_id")
        contact = ws.contacts_by_id.get(str(wanted)) if wanted else None
        for key in ("user_id", "email"):
            if contact is None and data.get(key):
                field = "external_id" if key == "user_id" else "email"
                contact = next((c for c in ws.data.contacts if c.get(field) == data[key]), None)
        if contact is None:
            raise not_found("User Not Found")
        return {
            "type": "user",
            "id": contact["id"],
            "name": contact.get("name"),
            "email": contact.get("email"),
        }
    admin_id = str(data.get("admin_id") or ws.data.admins[0]["id"])
    admin = next((a for a in ws.data.admins if a["id"] == admin_id), None)
    if admin is None:
        raise not_found("Admin not found")
    return {"type": "admin", "id": admin["id"], "name": admin.get("name"), "email": admin.get("email")}


def _add_part(ws: Workspace, conversation: dict[str, Any], part_type: str, data: dict[str, Any]) -> None:
    now = int(ws.now())
    parts = ws.added_parts.setdefault(conversation["id"], [])
    created = data.get("created_at") if isinstance(data.get("created_at"), int) else now
    parts.append(
        {
            "type": "conversation_part",
            "id": f"{conversation['id']}{len(parts) + 1:04d}",
            "part_type": part_type,
            "body": data.get("body"),
            "created_at": created,
            "updated_at": now,
            "notified_at": now,
            "assigned_to": None,
            "author": _author(ws, data),
            "attachments": [],
            "external_id": None,
            "redacted": False,
        }
    )
    conversation["updated_at"] = now


def _answer(call: Call, conversation: dict[str, Any]) -> dict[str, Any]:
    out = call.ws.render(conversation, "conversation")
    return {**out, "conversation_parts": call.ws.conversation_parts(conversation["id"])}


@operation("POST /conversations/{id}/reply")
async def reply(call: Call) -> dict[str, Any]:
    ws = call.ws
    conversation = conversation_of(ws, call.path_param())
    data = call.data()
    kind = str(data.get("message_type") or "comment")
    _add_part(ws, conversation, "note" if kind == "note" else "comment", data)
    if data.get("type") == "user" and conversation.get("state") != "open":
        # A customer's reply reopens the conversation.
        conversation.update(state="open", open=True, snoozed_until=None)
    return _answer(call, conversation)


@operation("POST /conversations/{id}/parts")
async def manage(call: Call) -> dict[str, Any]:
    """close / open / snoozed / assignment, each recorded as a part of that type."""
    ws = call.ws
    conversation = conversation_of(ws, call.path_param())
    data = call.data()
    kind = data.get("message_type")
    if kind in STATES:
        conversation["state"] = STATES[kind]
        conversation["open"] = kind != "close"
        conversation["snoozed_until"] = data.get("snoozed_until") if kind == "snoozed" else None
    elif kind == "assignment":
        assignee = data.get("assignee_id")
        if data.get("type") == "team":
            conversation["team_assignee_id"] = assignee
        else:
            conversation["admin_assignee_id"] = int(str(assignee)) if str(assignee).isdigit() else assignee
    else:
        raise bad_request(
            "message_type must be one of close, open, snoozed, assignment", field="message_type"
        )
    _add_part(ws, conversation, str(kind), {**data, "type": "admin"})
    return _answer(call, conversation)


@operation("POST /conversations")
async def create_conversation(call: Call) -> dict[str, Any]:
    """A contact starts a conversation: a new open conversation (found by id, in lists and searches)
    whose source is the message; the answer is that message, like the spec's example (``user_message``
    with its ``conversation_id``)."""
    ws = call.ws
    data = call.data()
    raw_sender = data.get("from")
    sender: dict[str, Any] = raw_sender if isinstance(raw_sender, dict) else {}
    contact = ws.contacts_by_id.get(str(sender.get("id")))
    if contact is None:
        raise not_found("User Not Found")
    body = data.get("body")
    if not isinstance(body, str) or not body.strip():
        raise bad_request("body is required", field="body")
    created_at = data.get("created_at")
    now = int(ws.now())
    at = created_at if isinstance(created_at, int) and not isinstance(created_at, bool) else now
    numbers = [int(c["id"]) for c in ws.data.conversations if str(c["id"]).isdigit()]
    conversation_id = str(max(numbers, default=999) + 1)
    message_id = str(ws.store.next_id() + 400_000_000)
    is_email = bool(data.get("subject"))
    template = copy.deepcopy(ws.data.conversations[0]) if ws.data.conversations else {}
    conversation = {
        **template,
        "type": "conversation",
        "id": conversation_id,
        "title": None,
        "created_at": at,
        "updated_at": at,
        "waiting_since": at,
        "snoozed_until": None,
        "open": True,
        "state": "open",
        "read": False,
        "priority": "not_priority",
        "admin_assignee_id": None,
        "team_assignee_id": None,
        "tags": {"type": "tag.list", "tags": []},
        "source": {
            "type": "email" if is_email else "conversation",
            "id": message_id,
            "delivered_as": "customer_initiated",
            "subject": data.get("subject") or "",
            "body": body,
            "author": {
                "type": contact.get("role") or "user",
                "id": contact["id"],
                "name": contact.get("name"),
                "email": contact.get("email"),
            },
            "attachments": [],
            "url": None,
            "redacted": False,
        },
        "contacts": {
            "type": "contact.list",
            "contacts": [{"type": "contact", "id": contact["id"], "external_id": contact.get("external_id")}],
        },
        "teammates": {"type": "admin.list", "admins": []},
    }
    ws.data.conversations.append(conversation)
    ws.reindex()
    return {
        "type": "user_message",
        "id": message_id,
        "created_at": at,
        "body": body,
        "message_type": "email" if is_email else "inapp",
        "conversation_id": conversation_id,
    }


# --- reading ---------------------------------------------------------------------------------------------


def _conversations_newest_first(ws: Workspace) -> list[dict[str, Any]]:
    return sorted(ws.data.conversations, key=lambda c: (-c["updated_at"], c["id"]))


def _conversation_list(
    call: Call, ws: Workspace, items: Sequence[dict[str, Any]], pages: dict[str, Any], total: int
) -> dict[str, Any]:
    return {
        "type": "conversation.list",
        "pages": pages,
        "total_count": total,
        "conversations": [ws.render(c, "conversation") for c in items],
    }


@operation("GET /conversations")
async def list_conversations(call: Call) -> Any:
    ws = call.ws
    per_page = check_per_page(call.request.query_params.get("per_page"), 20)
    page = cursor_page(
        _conversations_newest_first(ws), per_page, call.request.query_params.get("starting_after") or None
    )
    return _conversation_list(call, ws, page.items, page.pages, page.total_count)


@operation("GET /conversations/{conversation_id}")
async def get_conversation(call: Call) -> Any:
    ws = call.ws
    conv = ws.conversations_by_id.get(call.path_param())
    if conv is None:
        raise not_found()
    out = ws.render(conv, "conversation")
    out = {**out, "conversation_parts": ws.conversation_parts(conv["id"])}
    return out


def _conversation_aliases() -> Aliases:
    return {
        "contact_ids": lambda c: [x["id"] for x in c["contacts"]["contacts"]],
        "tag_ids": lambda c: [t["id"] for t in c["tags"]["tags"]],
    }


@operation("POST /conversations/search", validate=False)
async def search_conversations(call: Call) -> Any:
    check_limits(call.body)  # before the schema: validating thousands of filters would take seconds
    validate(call)
    ws = call.ws
    items, pages, total = search_page(
        call.data(), _conversations_newest_first(ws), _conversation_aliases(), 20
    )
    return _conversation_list(call, ws, items, pages, total)


# --- tags --------------------------------------------------------------------------------------------------


@operation("POST /conversations/{id}/tags")
async def tag_conversation(call: Call) -> dict[str, Any]:
    ws = call.ws
    conversation = conversation_of(ws, call.path_param())
    data = call.data()
    tag = tag_of(ws, data.get("id"))
    tags = conversation.setdefault("tags", {"type": "tag.list", "tags": []})["tags"]
    if all(t["id"] != tag["id"] for t in tags):
        tags.append(applied(ws, tag, data.get("admin_id")))
    return applied(ws, tag, data.get("admin_id"))


@operation("DELETE /conversations/{id}/tags/{tag_id}")
async def untag_conversation(call: Call) -> dict[str, Any]:
    ws = call.ws
    conversation = conversation_of(ws, call.path_param(0))
    tag = tag_of(ws, call.path_param(1))
    tags = conversation.get("tags", {}).get("tags", [])
    if all(t["id"] != tag["id"] for t in tags):
        raise not_found("Tag not found")
    conversation["tags"]["tags"] = [t for t in tags if t["id"] != tag["id"]]
    return applied(ws, tag, call.data().get("admin_id"))


@operation("POST /tickets/{id}/tags")
async def tag_ticket(call: Call) -> dict[str, Any]:
    ws = call.ws
    ws.settle_jobs()
    ticket = ws.tickets_by_id.get(call.path_param())
    if ticket is None:
        raise not_found("Ticket not found")
    data = call.data()
    tag = tag_of(ws, data.get("id"))
    tags = ticket.setdefault("tags", {"type": "tag.list", "tags": []})["tags"]
    if all(t["id"] != tag["id"] for t in tags):
        tags.append(applied(ws, tag, data.get("admin_id")))
    return applied(ws, tag, data.get("admin_id"))


@operation("DELETE /tickets/{id}/tags/{tag_id}")
async def untag_ticket(call: Call) -> dict[str, Any]:
    ws = call.ws
    ticket = ws.tickets_by_id.get(call.path_param(0))
    if ticket is None:
        raise not_found("Ticket not found")
    tag = tag_of(ws, call.path_param(1))
    tags = ticket.get("tags", {}).get("tags", [])
    if all(t["id"] != tag["id"] for t in tags):
        raise not_found("Tag not found")
    ticket["tags"]["tags"] = [t for t in tags if t["id"] != tag["id"]]
    return applied(ws, tag, call.data().get("admin_id"))
