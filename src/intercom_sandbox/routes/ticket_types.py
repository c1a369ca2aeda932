"""Ticket types and their attributes: list, create, read, update (archive included), add and change
attributes.

The workspace's ticket types start as those of its seeded tickets, each with the two default attributes
(``_default_title_``, ``_default_description_``) the spec's examples show; a created type can be used by
``POST /tickets/enqueue`` at once.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..registry import Call, operation
from ..state import Workspace

__all__: list[str] = []

DEFAULT_ICON = "\U0001f39f\ufe0f"  # the request schema's default icon
ATTRIBUTE_FLAGS = {
    "required_to_create": False,
    "required_to_create_for_contacts": False,
    "visible_on_create": True,
    "visible_to_contacts": True,
}


def _attribute(ws: Workspace, type_id: str, number: int, name: str, **fields: Any) -> dict[str, Any]:
    now = int(ws.now())
    return {
        "type": "ticket_type_attribute",
        "id": str(number),
        "workspace_id": ws.data.workspace_id,
        "name": name,
        "description": "",
        "data_type": "string",
        "input_options": {"multiline": name == "_default_description_"},
        "order": 0,
        **ATTRIBUTE_FLAGS,
        "default": name.startswith("_default_"),
        "ticket_type_id": int(type_id),
        "archived": False,
        "created_at": now,
        "updated_at": now,
        **fields,
    }


def _new_type(ws: Workspace, type_id: str, name: str, category: str, **fields: Any) -> dict[str, Any]:
    now = int(ws.now())
    base = int(type_id) * 10
    return {
        "type": "ticket_type",
        "id": type_id,
        "name": name,
        "description": "",
        "icon": DEFAULT_ICON,
        "workspace_id": ws.data.workspace_id,
        "archived": False,
        "created_at": now,
        "updated_at": now,
        "is_internal": False,
        "ticket_type_attributes": {
            "type": "list",
            "data": [
                _attribute(ws, type_id, base + 1, "_default_title_", order=0),
                _attribute(ws, type_id, base + 2, "_default_description_", order=1),
            ],
        },
        "category": category,
        **fields,
    }


def ticket_type_list(ws: Workspace) -> list[dict[str, Any]]:
    """The workspace's ticket types, built from the seeded tickets' types on first use."""
    if ws.ticket_type_list is None:
        ws.ticket_type_list = [
            _new_type(ws, str(t["id"]), str(t.get("name") or "Ticket"), str(t.get("category") or "Customer"))
            for t in ws.ticket_types().values()
        ]
    return ws.ticket_type_list


def _type_of(call: Call) -> dict[str, Any]:
    wanted = call.path_param(0)
    found = next((t for t in ticket_type_list(call.ws) if t["id"] == wanted), None)
    if found is None:
        raise not_found("Ticket Type Not Found")
    return found


@operation("GET /ticket_types")
async def list_ticket_types(call: Call) -> dict[str, Any]:
    return {"type": "list", "data": ticket_type_list(call.ws)}


@operation("POST /ticket_types")
async def create_ticket_type(call: Call) -> dict[str, Any]:
    ws = call.ws
    data = call.data()
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("name is required", field="name")
    types = ticket_type_list(ws)
    if any(t["name"].lower() == name.lower() for t in types):
        raise ApiError(400, "parameter_invalid", f"A ticket type named '{name}' already exists", field="name")
    numbers = [int(t["id"]) for t in types if t["id"].isdigit()]
    created = _new_type(
        ws,
        str(max(numbers, default=99) + 1),
        name,
        str(data["category"])
        if data.get("category") in ("Customer", "Back-office", "Tracker")
        else "Customer",
        description=data.get("description") if isinstance(data.get("description"), str) else "",
        icon=data.get("icon") if isinstance(data.get("icon"), str) else DEFAULT_ICON,
        is_internal=bool(data.get("is_internal", False)),
    )
    types.append(created)
    return created


@operation("GET /ticket_types/{ticket_type_id}")
async def get_ticket_type(call: Call) -> dict[str, Any]:
    return _type_of(call)


@operation("PUT /ticket_types/{ticket_type_id}")
async def update_ticket_type(call: Call) -> dict[str, Any]:
    ticket_type = _type_of(call)
    data = call.data()
    for key in ("name", "description", "icon"):
        if isinstance(data.get(key), str):
            ticket_type[key] = data[key]
    if data.get("category") in ("Customer", "Back-office", "Tracker"):
        ticket_type["category"] = data["category"]
    for key in ("archived", "is_internal"):
        if isinstance(data.get(key), bool):
            ticket_type[key] = data[key]
    ticket_type["updated_at"] = int(call.ws.now())
    return ticket_type


@operation("POST /ticket_types/{ticket_type_id}/attributes")
async def create_attribute(call: Call) -> dict[str, Any]:
    ws = call.ws
    ticket_type = _type_of(call)
    data = call.data()
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("name is required", field="name")
    attributes = ticket_type["ticket_type_attributes"]["data"]
    if any(a["name"].lower() == name.lower() for a in attributes):
        raise ApiError(400, "parameter_invalid", f"An attribute named '{name}' already exists", field="name")
    numbers = [int(a["id"]) for t in ticket_type_list(ws) for a in t["ticket_type_attributes"]["data"]]
    flags = {k: data[k] for k in ATTRIBUTE_FLAGS if isinstance(data.get(k), bool)}
    created = _attribute(
        ws,
        ticket_type["id"],
        max(numbers, default=0) + 1,
        name,
        description=data.get("description") if isinstance(data.get("description"), str) else "",
        data_type=data.get("data_type") if isinstance(data.get("data_type"), str) else "string",
        input_options={"multiline": bool(data.get("multiline", False))},
        order=len(attributes),
        **flags,
    )
    attributes.append(created)
    ticket_type["updated_at"] = created["created_at"]
    return created


@operation("PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}")
async def update_attribute(call: Call) -> dict[str, Any]:
    ticket_type = _type_of(call)
    wanted = call.path_param(1)
    attribute = next((a for a in ticket_type["ticket_type_attributes"]["data"] if a["id"] == wanted), None)
    if attribute is None:
        raise not_found("Ticket Type Attribute Not Found")
    data = call.data()
    for key in ("name", "description"):
        if isinstance(data.get(key), str):
            attribute[key] = data[key]
    for key in (*ATTRIBUTE_FLAGS, "archived"):
        if isinstance(data.get(key), bool):
            attribute[key] = data[key]
    if isinstance(data.get("multiline"), bool):
        attribute["input_options"] = {"multiline": data["multiline"]}
    attribute["updated_at"] = int(call.ws.now())
    return attribute
