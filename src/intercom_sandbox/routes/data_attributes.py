"""Data attributes: list per model, create custom attributes, update (describe, archive, options).

The workspace's attributes start as the list example of ``GET /data_attributes`` (the standard contact
and company attributes); created ones are custom attributes (``custom_attributes.<name>``). The checks and
their messages are the spec's own 400 examples of ``POST /data_attributes`` and
``PUT /data_attributes/{id}``.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..errors import ApiError
from ..examples import example_of, success
from ..registry import Call, operation
from ..state import Workspace

__all__: list[str] = []

#: "must only contain alphanumeric characters, currency symbols, and hyphens" (the spec's 400 example;
#: its own examples, "The One Ring", have spaces and underscores are the standard attributes' separator).
_NAME = re.compile(r"^[\w\- $€£¥₹¢]+$")
DATA_TYPES = ("string", "integer", "float", "boolean", "datetime", "date", "options")
#: What a created attribute reads back as, within the response schema's enum (string, integer, float,
#: boolean, date): a list attribute is a ``string`` with ``options`` (the spec's example of
#: ``PUT /data_attributes/{id}``), a ``datetime`` one a ``date``.
_READ_BACK = {"options": "string", "datetime": "date"}
#: How the messages name each model's data ("people data" for contacts).
_MODEL_WORD = {"contact": "people", "company": "company"}


def _invalid(message: str, field: str | None = None) -> ApiError:
    return ApiError(400, "parameter_invalid", message, field=field)


def attributes(call: Call) -> list[dict[str, Any]]:
    """The workspace's attributes, seeded from the list example of the request's version on first use."""
    ws: Workspace = call.ws
    if ws.data_attributes is None:
        doc = ws.validator.document(call.spec_version)
        listing = doc.get("paths", {}).get("/data_attributes", {}).get("get")
        seeded: list[dict[str, Any]] = []
        if listing is not None:
            _, content = success(doc, listing)
            media = (content or {}).get("application/json")
            example = example_of(doc, media) if media else None
            if isinstance(example, dict) and isinstance(example.get("data"), list):
                seeded = [copy.deepcopy(a) for a in example["data"] if isinstance(a, dict)]
        ws.data_attributes = seeded
    return ws.data_attributes


def _options(raw: Any) -> list[str]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise _invalid("Options isn't an array", "options")
    values = [o.get("value") if isinstance(o, dict) else o for o in raw]
    if not all(isinstance(v, str) and v for v in values):
        raise _invalid("Options isn't an array", "options")
    return [str(v) for v in values]


@operation("GET /data_attributes")
async def list_attributes(call: Call) -> dict[str, Any]:
    query = call.query
    model = query.get("model")
    archived = query.get("include_archived") == "true"
    data = [
        a
        for a in attributes(call)
        if (model is None or a.get("model") == model) and (archived or not a.get("archived"))
    ]
    return {"type": "list", "data": data}


@operation("POST /data_attributes")
async def create_attribute(call: Call) -> dict[str, Any]:
    data = call.data()
    items = attributes(call)
    model = data.get("model")
    if model not in _MODEL_WORD:
        raise _invalid("The Data Attribute model field must be either contact or company", "model")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or not _NAME.match(name):
        raise _invalid(
            "Your name for this attribute must only contain alphanumeric characters, currency symbols, "
            "and hyphens",
            "name",
        )
    data_type = data.get("data_type")
    if data_type not in DATA_TYPES:
        raise _invalid("Data Type isn't an option", "data_type")
    options = _options(data.get("options")) if data_type == "options" else None
    for existing in items:
        if str(existing.get("name", "")).lower() == name.lower() and existing.get("model") in _MODEL_WORD:
            raise _invalid(
                f"You already have '{name}' in your {_MODEL_WORD[existing['model']]} data. "
                f"To save this as new {_MODEL_WORD[model]} data, use a different name.",
                "name",
            )
    ws = call.ws
    now = int(ws.now())
    ids = [a["id"] for a in items if isinstance(a.get("id"), int)]
    created: dict[str, Any] = {
        "id": max(ids, default=0) + 1,
        "type": "data_attribute",
        "name": name,
        "full_name": f"custom_attributes.{name}",
        "label": name,
        "description": data.get("description") if isinstance(data.get("description"), str) else "",
        "data_type": _READ_BACK.get(data_type, data_type),
        "api_writable": True,
        "ui_writable": False,
        "messenger_writable": bool(data.get("messenger_writable", False)),
        "custom": True,
        "archived": False,
        "admin_id": str(ws.data.admins[0]["id"]) if ws.data.admins else None,
        "created_at": now,
        "updated_at": now,
        "model": model,
    }
    if options is not None:
        created["options"] = options
    items.append(created)
    return created


@operation("PUT /data_attributes/{data_attribute_id}")
async def update_attribute(call: Call) -> dict[str, Any]:
    wanted = call.path_param()
    attribute = next((a for a in attributes(call) if str(a.get("id")) == wanted), None)
    if attribute is None:
        raise ApiError(404, "field_not_found", "We couldn't find that data attribute to update")
    data = call.data()
    if "options" in data:
        if "options" not in attribute:
            raise _invalid("Options isn't an array", "options")
        attribute["options"] = _options(data["options"])
    for key in ("archived", "messenger_writable"):
        if isinstance(data.get(key), bool):
            attribute[key] = data[key]
    if isinstance(data.get("description"), str):
        attribute["description"] = data["description"]
    attribute["updated_at"] = int(call.ws.now())
    return attribute
