"""Tags: list and get, create or rename, tag or untag companies and contacts, delete everywhere."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..errors import bad_request, not_found
from ..registry import Call, operation
from ..state import Workspace
from .contacts import tag_of

__all__: list[str] = []


@operation("GET /tags")
async def list_tags(call: Call) -> Any:
    ws = call.ws
    return {"type": "list", "data": [dict(t) for t in ws.data.tags]}


@operation("GET /tags/{tag_id}")
async def get_tag(call: Call) -> Any:
    ws = call.ws
    tag = ws.tags_by_id.get(call.path_param())
    if tag is None:
        raise not_found()
    return dict(tag)


def _tag_named(ws: Workspace, name: str) -> dict[str, Any]:
    tag = next((t for t in ws.data.tags if t["name"] == name), None)
    if tag is None:
        numbers = [int(t["id"]) for t in ws.data.tags if str(t["id"]).isdigit()]
        tag = {"type": "tag", "id": str(max(numbers, default=0) + 1), "name": name}
        ws.data.tags.append(tag)
        ws.reindex()
    return tag


@operation("POST /tags")
async def create_or_apply_tag(call: Call) -> dict[str, Any]:
    """One operation, four requests (the spec's oneOf): create or rename a tag, tag or untag companies,
    tag contacts (``users``)."""
    ws = call.ws
    data = call.data()
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise bad_request("'name' is a required parameter", field="name")
    if "companies" in data:
        tag = _tag_named(ws, name)
        for ref in data["companies"] if isinstance(data["companies"], list) else []:
            ref = ref if isinstance(ref, dict) else {}
            company = ws.companies_by_id.get(str(ref.get("id"))) or next(
                (
                    c
                    for c in ws.data.companies
                    if ref.get("company_id") and c["company_id"] == ref["company_id"]
                ),
                None,
            )
            if company is None:
                raise not_found("Company Not Found", code="company_not_found")
            tags = company.setdefault("tags", {"type": "tag.list", "tags": []})["tags"]
            tags[:] = [t for t in tags if t["id"] != tag["id"]]
            if not ref.get("untag"):
                tags.append(dict(tag))
        return dict(tag)
    if "users" in data:
        tag = _tag_named(ws, name)
        for ref in data["users"] if isinstance(data["users"], list) else []:
            contact = ws.contacts_by_id.get(str(ref.get("id") if isinstance(ref, dict) else ""))
            if contact is None:
                raise not_found("User Not Found")
            linked = ws.data.contact_tags.setdefault(contact["id"], [])
            if tag["id"] not in linked:
                linked.append(tag["id"])
        return dict(tag)
    if data.get("id") is not None:
        tag = tag_of(ws, data["id"])
        tag["name"] = name
        return dict(tag)
    return dict(_tag_named(ws, name))


@operation("DELETE /tags/{id}")
async def delete_tag(call: Call) -> Response:
    """The tag goes, and with it every application of it; 200 without a body, as documented."""
    ws = call.ws
    tag = tag_of(ws, call.path_param())
    ws.data.tags.remove(tag)
    for links in ws.data.contact_tags.values():
        if tag["id"] in links:
            links.remove(tag["id"])
    for holder in (*ws.data.companies, *ws.data.conversations, *ws.data.tickets):
        tags = holder.get("tags")
        if isinstance(tags, dict) and isinstance(tags.get("tags"), list):
            tags["tags"] = [t for t in tags["tags"] if t.get("id") != tag["id"]]
    ws.reindex()
    return Response(status_code=200)
