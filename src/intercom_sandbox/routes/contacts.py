"""Contacts: the lifecycle beyond create/read/search (update, delete, archive, block, merge, find by
external id) and what hangs off a contact (companies, tags, notes), plus a company's contacts.

Every answer is shaped like the version's response example for the operation; objects are the
workspace's seeded ones, so a change made here shows in every list, search and inline list.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..pagination import check_per_page, cursor_page, numbered_page, parse_int
from ..registry import Call, operation, validate
from ..search import Aliases, check_limits, search_page
from ..state import Workspace

__all__: list[str] = []

#: Fields of ``PUT /contacts/{id}`` copied onto the contact as they are.
UPDATABLE = (
    "role",
    "external_id",
    "email",
    "phone",
    "name",
    "owner_id",
    "signed_up_at",
    "last_seen_at",
    "unsubscribed_from_emails",
    "language_override",
)


def contact_of(ws: Workspace, contact_id: str) -> dict[str, Any]:
    contact = ws.contacts_by_id.get(contact_id)
    if contact is None:
        raise not_found("User Not Found")
    return contact


def listed(ws: Workspace) -> list[dict[str, Any]]:
    """Contacts that lists and searches return: archived ones are left out until unarchived (they are
    still found by id, and unarchiving brings them back)."""
    archived = ws.archived_contacts
    return [c for c in ws.data.contacts if c["id"] not in archived] if archived else ws.data.contacts


def _reference(contact: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The short answer of delete/archive/block: ``{type, id, external_id, ...}`` (the spec's examples)."""
    return {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id"), **extra}


def _email_taken(ws: Workspace, email: Any, other_than: str) -> None:
    if not email:
        return
    for existing in ws.data.contacts:
        if existing["email"] == email and existing["id"] != other_than:
            raise ApiError(
                409, "conflict", f"A contact matching those details already exists with id={existing['id']}"
            )


def _domain(email: Any) -> str | None:
    """The part after the last "@", or None (an address without one has no domain)."""
    return email.rsplit("@", 1)[1] or None if isinstance(email, str) and "@" in email else None


def _contact_aliases(ws: Workspace) -> Aliases:
    return {
        "tag_id": lambda c: ws.data.contact_tags.get(c["id"], []),
        "company_id": lambda c: ws.data.contact_companies.get(c["id"], []),
    }


@operation("GET /contacts")
async def list_contacts(call: Call) -> Any:
    """GET /contacts: cursor pagination, default page size 10 (Intercom-OpenAPI PR #639)."""
    ws = call.ws
    per_page = check_per_page(call.request.query_params.get("per_page"), 10)
    page = cursor_page(listed(ws), per_page, call.request.query_params.get("starting_after") or None)
    return page.body(ws.render_contact)


@operation("POST /contacts")
async def create_contact(call: Call) -> Any:
    data = call.data()
    ws = call.ws
    if not any(data.get(k) for k in ("email", "external_id", "role")):
        raise bad_request("email, external_id or role is required")
    _email_taken(ws, data.get("email"), other_than="")
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
            "email_domain": _domain(data.get("email")),
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
    return ws.render_contact(contact)


@operation("GET /contacts/{contact_id}")
async def get_contact(call: Call) -> Any:
    ws = call.ws
    return ws.render_contact(contact_of(ws, call.path_param()))


@operation("POST /contacts/search", validate=False)
async def search_contacts(call: Call) -> Any:
    check_limits(call.body)  # before the schema: validating thousands of filters would take seconds
    validate(call)
    ws = call.ws
    items, pages, total = search_page(call.data(), listed(ws), _contact_aliases(ws), 50)
    return {
        "type": "list",
        "data": [ws.render_contact(c) for c in items],
        "total_count": total,
        "pages": pages,
    }


@operation("GET /contacts/{contact_id}/notes")
async def contact_notes(call: Call) -> Any:
    """GET /contacts/{id}/notes: page/per_page with ``pages.next`` as a URL."""
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    page_no, per_page = call.numbered(50)
    notes = [ws.notes_by_id[i] for i in ws.data.contact_notes.get(contact["id"], [])]
    page = numbered_page(notes, page_no, per_page, call.page_url)
    return page.body(lambda n: ws.render(n, "note"))


@operation("GET /contacts/{contact_id}/tags")
async def contact_tags(call: Call) -> Any:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    tags = [ws.tags_by_id[i] for i in ws.data.contact_tags.get(contact["id"], [])]
    return {"type": "list", "data": [dict(t) for t in tags]}


@operation("GET /contacts/{contact_id}/companies")
async def contact_companies(call: Call) -> Any:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    page_no, per_page = call.numbered(50)
    companies = [ws.companies_by_id[i] for i in ws.data.contact_companies.get(contact["id"], [])]
    page = numbered_page(companies, page_no, per_page, call.page_url)
    return page.body(lambda c: ws.render(c, "company"))


@operation("PUT /contacts/{id}")
async def update_contact(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    data = call.data()
    _email_taken(ws, data.get("email"), contact["id"])
    for key in UPDATABLE:
        if key in data:
            contact[key] = data[key]
    if "email" in data:
        contact["email_domain"] = _domain(data["email"])
    if isinstance(data.get("custom_attributes"), dict):
        contact["custom_attributes"] = {
            **(contact.get("custom_attributes") or {}),
            **data["custom_attributes"],
        }
    if "avatar" in data:
        contact["avatar"] = {"type": "avatar", "image_url": data["avatar"]}
    contact["updated_at"] = int(ws.now())
    return ws.render_contact(contact)


def _remove(ws: Workspace, contact: dict[str, Any]) -> None:
    ws.data.contacts.remove(contact)
    for links in (ws.data.contact_tags, ws.data.contact_notes):
        links.pop(contact["id"], None)
    for company_id in ws.data.contact_companies.pop(contact["id"], []):
        company = ws.companies_by_id.get(company_id)
        if company is not None:
            company["user_count"] = max(company.get("user_count", 1) - 1, 0)
    ws.reindex()


@operation("DELETE /contacts/{id}")
async def delete_contact(call: Call) -> dict[str, Any]:
    contact = contact_of(call.ws, call.path_param())
    _remove(call.ws, contact)
    return _reference(contact, deleted=True)


@operation("POST /contacts/{id}/archive")
async def archive_contact(call: Call) -> dict[str, Any]:
    contact = contact_of(call.ws, call.path_param())
    call.ws.archived_contacts.add(contact["id"])
    return _reference(contact, archived=True)


@operation("POST /contacts/{id}/unarchive")
async def unarchive_contact(call: Call) -> dict[str, Any]:
    contact = contact_of(call.ws, call.path_param())
    call.ws.archived_contacts.discard(contact["id"])
    return _reference(contact, archived=False)


@operation("POST /contacts/{id}/block")
async def block_contact(call: Call) -> dict[str, Any]:
    contact = contact_of(call.ws, call.path_param())
    ws = call.ws
    ws.blocked_contacts.add(contact["id"])
    # The operation's description: "conversations of the contact will also be archived" (the inbox's
    # archive is a closed conversation).
    for conversation in ws.data.conversations:
        if any(c["id"] == contact["id"] for c in conversation["contacts"]["contacts"]):
            conversation.update(state="closed", open=False, snoozed_until=None, waiting_since=None)
    example = call.example()
    answer = _reference(contact, blocked=True)
    return {**example, **answer} if isinstance(example, dict) else answer


@operation("POST /contacts/merge")
async def merge_contacts(call: Call) -> dict[str, Any]:
    """Merge a lead (``from``) into a user (``into``): the user gains the lead's tags, companies and notes,
    and the lead is gone (the spec: "Contacts that have been merged ... are excluded from search")."""
    ws = call.ws
    data = call.data()
    source = contact_of(ws, str(data.get("from")))
    target = contact_of(ws, str(data.get("into")))
    if source["id"] == target["id"]:
        raise bad_request("Cannot merge a contact into itself")
    if source.get("role") != "lead" or target.get("role") != "user":
        raise bad_request("Only a lead can be merged, and only into a user")
    for links in (ws.data.contact_tags, ws.data.contact_companies, ws.data.contact_notes):
        merged = links.setdefault(target["id"], [])
        merged.extend(i for i in links.get(source["id"], []) if i not in merged)
    ws.data.contact_companies[source["id"]] = []
    for key in ("email", "phone", "name"):
        if not target.get(key) and source.get(key):
            target[key] = source[key]
    target["custom_attributes"] = {
        **(source.get("custom_attributes") or {}),
        **(target.get("custom_attributes") or {}),
    }
    target["updated_at"] = int(ws.now())
    _remove(ws, source)
    return ws.render_contact(target)


@operation("GET /contacts/find_by_external_id/{external_id}")
async def find_by_external_id(call: Call) -> dict[str, Any]:
    external_id = call.path_param()
    contact = next((c for c in call.ws.data.contacts if c.get("external_id") == external_id), None)
    if contact is None:
        raise not_found("User Not Found")
    return call.ws.render_contact(contact)


# --- companies of a contact, contacts of a company ---------------------------------------------------------


@operation("POST /contacts/{id}/companies")
async def attach_company(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    company = ws.companies_by_id.get(str(call.data().get("id")))
    if company is None:
        raise not_found("Company Not Found", code="company_not_found")
    linked = ws.data.contact_companies.setdefault(contact["id"], [])
    if company["id"] not in linked:
        linked.append(company["id"])
        company["user_count"] = company.get("user_count", 0) + 1
    return ws.render(company, "company")


@operation("DELETE /contacts/{id}/companies/{company_id}")
async def detach_company(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param(0))
    company = ws.companies_by_id.get(call.path_param(1))
    linked = ws.data.contact_companies.get(contact["id"], [])
    if company is None or company["id"] not in linked:
        raise not_found("Company Not Found", code="company_not_found")
    linked.remove(company["id"])
    company["user_count"] = max(company.get("user_count", 1) - 1, 0)
    return ws.render(company, "company")


@operation("GET /companies/{id}/contacts")
async def company_contacts(call: Call) -> dict[str, Any]:
    """page/per_page (default 50), as seed 003's example: ``pages`` without ``next`` when empty."""
    ws = call.ws
    company = ws.companies_by_id.get(call.path_param())
    if company is None:
        raise not_found("Company Not Found", code="company_not_found")
    members = [c for c in ws.data.contacts if company["id"] in ws.data.contact_companies.get(c["id"], [])]
    page = numbered_page(
        members,
        parse_int(call.query.get("page") or "1", "page", minimum=1),
        check_per_page(call.query.get("per_page"), 50),
        call.page_url,
    )
    return page.body(ws.render_contact)


# --- tags and notes of a contact ---------------------------------------------------------------------------


def tag_of(ws: Workspace, tag_id: Any) -> dict[str, Any]:
    tag = ws.tags_by_id.get(str(tag_id))
    if tag is None:
        raise not_found("Tag not found")
    return tag


def applied(ws: Workspace, tag: dict[str, Any], admin_id: Any = None) -> dict[str, Any]:
    """A tag as it is answered when applied: with ``applied_at`` and ``applied_by`` (the spec's examples)."""
    admin = str(admin_id) if admin_id else ws.data.admins[0]["id"]
    return {**tag, "applied_at": int(ws.now()), "applied_by": {"type": "admin", "id": admin}}


@operation("POST /contacts/{id}/tags")
async def tag_contact(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    tag = tag_of(ws, call.data().get("id"))
    linked = ws.data.contact_tags.setdefault(contact["id"], [])
    if tag["id"] not in linked:
        linked.append(tag["id"])
    return applied(ws, tag)


@operation("DELETE /contacts/{id}/tags/{tag_id}")
async def untag_contact(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param(0))
    tag = tag_of(ws, call.path_param(1))
    linked = ws.data.contact_tags.get(contact["id"], [])
    if tag["id"] not in linked:
        raise not_found("Tag not found")
    linked.remove(tag["id"])
    return applied(ws, tag)


@operation("POST /contacts/{id}/notes")
async def add_note(call: Call) -> dict[str, Any]:
    ws = call.ws
    contact = contact_of(ws, call.path_param())
    data = call.data()
    admin_id = str(data.get("admin_id") or ws.data.admins[0]["id"])
    author = next((a for a in ws.data.admins if a["id"] == admin_id), None)
    if author is None:
        raise not_found("Admin not found")
    note_id = str(max((int(n["id"]) for n in ws.data.notes if str(n["id"]).isdigit()), default=0) + 1)
    note = {
        "type": "note",
        "id": note_id,
        "created_at": int(ws.now()),
        "contact": {"type": "contact", "id": contact["id"]},
        "author": dict(author),
        "body": data.get("body"),
    }
    ws.data.notes.append(note)
    ws.data.contact_notes.setdefault(contact["id"], []).insert(0, note_id)
    ws.reindex()
    return ws.render(note, "note")
