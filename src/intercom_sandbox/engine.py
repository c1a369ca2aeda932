"""The spec-driven engine: every documented operation without hand-written semantics.

A request that no hand-written operation takes lands here (a catch-all route). The engine finds the
operation in the description of the request's Intercom-Version and serves it from the spec:

* a *collection* path (``/tags``) and its *item* path (``/tags/{id}``) share one store per concrete
  collection path (``/contacts/123/notes`` is its own collection). GET on the collection lists the store
  in the operation's pagination style, POST creates (the new object is the operation's response example
  with the request's fields laid over it and a fresh id), GET/PUT/PATCH/DELETE on an item reads, merges
  or removes it, and an unknown id answers 404 naming the object;
* a store starts from the items of the list operation's response example, or, for the workspace's
  seeded kinds (contacts, companies, conversations, tickets, articles, notes, tags), from the seeded
  objects themselves, so hand-written and generic operations see one state;
* any other operation (an action such as ``POST /conversations/{id}/reply``, a singleton such as
  ``GET /data_attributes``) answers its response example, with the path's id put back into it, after
  checking that the object the path names exists;
* a documented response that is not JSON (a binary download the sandbox has no data for) answers 501
  with an ``error.list`` naming the operation; a wrong method on a documented path answers 405 with
  ``Allow``; a path documented only in other versions answers 400 ``intercom_version_invalid``.

Responses are conformed to the version's response schema (nulls it forbids dropped, id types followed)
like those of hand-written operations.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from .errors import ApiError, error_response
from .examples import example_of, success
from .pagination import check_per_page, cursor_page, numbered_page, parse_int
from .registry import NO_BODY, Call, read_body, validate
from .state import Workspace
from .store import Store
from .validation import literal_first, repair

__all__ = ["matching_templates", "serve", "template_values", "unmatched"]

METHODS = ("get", "put", "post", "delete", "patch")
_VARIABLE = re.compile(r"^\{[^}]+\}$")


# --- the spec ----------------------------------------------------------------------------------------------


def _segments(template: str) -> list[str]:
    return [s for s in template.split("/") if s]


def _is_var(segment: str) -> bool:
    return bool(_VARIABLE.match(segment))


def template_values(template: str, path: str) -> list[str] | None:
    """The values of the template's variables in ``path``, or None when it does not match."""
    want, have = _segments(template), _segments(path)
    if len(want) != len(have):
        return None
    values = []
    for w, h in zip(want, have, strict=True):
        if _is_var(w):
            values.append(h)
        elif w != h:
            return None
    return values


def matching_templates(doc: dict[str, Any], path: str) -> list[str]:
    """Templates matching ``path``, literal segments first (``/contacts/search`` before ``/contacts/{id}``)."""
    found = [t for t in doc.get("paths", {}) if template_values(t, path) is not None]
    return sorted(found, key=literal_first)


def _methods(doc: dict[str, Any], template: str) -> list[str]:
    return [m.upper() for m in METHODS if m in doc["paths"][template]]


# --- state -------------------------------------------------------------------------------------------------


def _seeded(ws: Workspace, collection: str) -> list[dict[str, Any]] | None:
    """The workspace's own list for collections the sandbox seeds, so generic operations share its state."""
    d = ws.data
    return {
        "/contacts": d.contacts,
        "/companies": d.companies,
        "/conversations": d.conversations,
        "/tickets": d.tickets,
        "/articles": d.articles,
        "/notes": d.notes,
        "/tags": d.tags,
        "/admins": d.admins,
        "/help_center/help_centers": ws.help_centers,
        "/help_center/collections": ws.collections,
    }.get(collection)


def _list_key(body: Any) -> str | None:
    """The property of a list response that holds the items (``data``, ``conversations``, ``tags``...)."""
    if not isinstance(body, dict):
        return None
    kind = body.get("type")
    if not (
        kind == "list"
        or (isinstance(kind, str) and kind.endswith(".list"))
        or "pages" in body
        or "total_count" in body
    ):
        return None  # a single object, even if some of its properties are lists
    if isinstance(body.get("data"), list):
        return "data"
    for key, value in body.items():
        if isinstance(value, list) and (not value or isinstance(value[0], dict)) and key != "errors":
            return key
    return None


def _collection(ws: Workspace, doc: dict[str, Any], template: str, path: str) -> list[dict[str, Any]]:
    """The store of a concrete collection path, created from its seed or its list example on first use."""
    seeded = _seeded(ws, path)
    if seeded is not None:
        return seeded
    store: Store = ws.store
    if path not in store.collections:
        items: list[dict[str, Any]] = []
        listing = doc["paths"].get(template, {}).get("get")
        if listing is not None:
            _, content = success(doc, listing)
            media = (content or {}).get("application/json")
            example = example_of(doc, media) if media else None
            key = _list_key(example)
            if key is not None and isinstance(example, dict):
                items = [i for i in example[key] if isinstance(i, dict)]
        store.collections[path] = items
    return store.collections[path]


def _find(items: list[dict[str, Any]], item_id: str) -> dict[str, Any] | None:
    return next((i for i in items if str(i.get("id")) == item_id), None)


def _noun(collection_template: str) -> str:
    literal = [s for s in _segments(collection_template) if not _is_var(s)]
    name = (literal[-1] if literal else "resource").replace("_", " ")
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


def _not_found(collection_template: str) -> ApiError:
    return ApiError(404, "not_found", f"{_noun(collection_template).capitalize()} Not Found")


def _new_id(ws: Workspace, like: Any) -> Any:
    number = ws.store.next_id() + 1_000_000
    return number if isinstance(like, int) and not isinstance(like, bool) else str(number)


def _overlay(target: dict[str, Any], data: dict[str, Any]) -> None:
    """Lay the request's fields over an object: only fields the object has, scalars and lists replaced,
    objects merged one level (``custom_attributes``)."""
    for key, value in data.items():
        if key in ("id", "type"):
            continue
        if key in target and isinstance(target[key], dict) and isinstance(value, dict):
            target[key] = {**target[key], **value}
        elif key in target:
            target[key] = value


# --- serving -----------------------------------------------------------------------------------------------


def _page(call: Call, items: list[dict[str, Any]], example: dict[str, Any], key: str) -> dict[str, Any]:
    """A page of ``items`` in the list's own style: cursor when its example's ``pages.next`` is an object,
    otherwise page/per_page with ``pages.next`` a URL."""
    query = call.query
    data = call.data() if call.body is not NO_BODY and isinstance(call.body, dict) else {}
    raw_pagination = data.get("pagination")
    pagination: dict[str, Any] = raw_pagination if isinstance(raw_pagination, dict) else {}
    pages_example = example.get("pages") if isinstance(example.get("pages"), dict) else None
    per_page_raw = query.get("per_page") or pagination.get("per_page")
    default = (
        pages_example.get("per_page")
        if pages_example and isinstance(pages_example.get("per_page"), int)
        else 50
    )
    per_page = check_per_page(per_page_raw, max(1, min(default, 150)))
    cursor_style = (
        bool(pages_example and isinstance(pages_example.get("next"), dict)) or "starting_after" in query
    )
    if cursor_style:
        after = query.get("starting_after") or pagination.get("starting_after")
        page = cursor_page(items, per_page, after if isinstance(after, str) and after else None)
    else:
        page_no = parse_int(query.get("page") or "1", "page", minimum=1)
        page = numbered_page(items, page_no, per_page, call.page_url)
    body = dict(example)
    body[key] = [dict(i) for i in page.items]
    if "pages" in example or len(items) > per_page:
        body["pages"] = page.pages
    if "total_count" in example:
        body["total_count"] = page.total_count
    return body


def _with_id(example: Any, item_id: str) -> Any:
    if isinstance(example, dict) and "id" in example:
        example["id"] = int(item_id) if isinstance(example["id"], int) and item_id.isdigit() else item_id
    return example


def unmatched(request: Request, doc: dict[str, Any], templates: list[str]) -> Response:
    """No operation of the version takes this method on this path: 405, 400 or a route-miss 404."""
    ws: Workspace = request.app.state.workspace
    request_id = getattr(request.state, "request_id", None)
    path = request.url.path
    if templates:
        allowed = sorted({m for t in templates for m in _methods(doc, t)})
        response = error_response(
            405, "method_not_allowed", f"Method Not Allowed (allowed: {', '.join(allowed)})", request_id
        )
        response.headers["Allow"] = ", ".join(allowed)
        return response
    if ws.validator.documented_elsewhere(request.method, path):
        raise ApiError(
            400, "intercom_version_invalid", "Requested resource is not available in current API version."
        )
    response = error_response(
        404, "not_found", f"Resource Not Found: no operation {request.method} {path}", request_id
    )
    # Tells a missing route apart from a missing object (whose 404 names the object).
    response.headers["X-Sandbox-Route"] = "miss"
    return response


async def serve(request: Request, doc: dict[str, Any], template: str) -> Response:
    """Serve one documented operation from the spec (see the module docstring)."""
    ws: Workspace = request.app.state.workspace
    version = str(getattr(request.state, "version", ws.config.default_version))
    method = request.method.lower()
    body = await read_body(request) if method in ("post", "put", "patch", "delete") else NO_BODY
    call = Call(request, ws, version, body)
    validate(call)
    operation = doc["paths"][template][method]
    status, content = success(doc, operation)
    if content is not None and "application/json" not in content:
        if "text/plain" in content:
            text = example_of(doc, content["text/plain"])
            return PlainTextResponse(text if isinstance(text, str) else "", status_code=status)
        raise ApiError(
            501,
            "not_implemented",
            f"The sandbox cannot simulate {request.method} {template} ({operation.get('operationId', '')}): "
            f"it answers {', '.join(content)} with data the sandbox does not have",
        )
    media = (content or {}).get("application/json")
    example = example_of(doc, media) if media else None
    with ws.lock:
        result = _serve(call, doc, template, method, example)
        if method != "get":
            ws.reindex()  # a seeded list may have gained or lost an object
    if content is None or status == 204:
        return Response(status_code=status)
    body = copy.deepcopy(result) if result is not None else {}
    if ws.config.validate and "nulls" not in ws.quirks:
        # Answers are built from the spec's examples, which do not always satisfy its own schemas.
        repair(ws.validator, call.spec_version, request.method, request.url.path, body, status)
    return call.respond(body, status)


def _serve(call: Call, doc: dict[str, Any], template: str, method: str, example: Any) -> Any:
    ws = call.ws
    segments = _segments(template)
    concrete = _segments(call.request.url.path)
    ends_with_var = bool(segments) and _is_var(segments[-1])
    parent_documented = "/" + "/".join(segments[:-1]) in doc["paths"]
    if ends_with_var and (method != "post" or parent_documented):
        collection_template = "/" + "/".join(segments[:-1])
        collection_path = "/" + "/".join(concrete[:-1])
        item_id = concrete[-1]
        items = _collection(ws, doc, collection_template, collection_path)
        item = _find(items, item_id)
        if item is None:
            raise _not_found(collection_template)
        if method == "get":
            return item
        if method in ("put", "patch", "post"):
            _overlay(item, call.data())
            if "updated_at" in item:
                item["updated_at"] = int(ws.now())
            return item
        if method == "delete":
            items.remove(item)
            if isinstance(example, dict) and "deleted" in example:
                return _with_id(example, item_id)
            return item
    # The object the path names (``/contacts/{id}/tags``: the contact) must exist.
    for position in range(len(segments) - 1, 0, -1):
        if _is_var(segments[position]):
            parent_template = "/" + "/".join(segments[:position])
            parent_path = "/" + "/".join(concrete[:position])
            parents = _collection(ws, doc, parent_template, parent_path)
            if parents and _find(parents, concrete[position]) is None:
                raise _not_found(parent_template)
            break
    key = _list_key(example)
    collection_path = "/" + "/".join(concrete)
    if method == "get" and key is not None:
        items = _collection(ws, doc, template, collection_path)
        return _page(call, items, example, key)
    if (
        method == "post"
        and not ends_with_var
        and "get" in doc["paths"][template]
        and isinstance(example, dict)
    ):
        items = _collection(ws, doc, template, collection_path)
        # The new object looks like its siblings when the answer is one of them (same ``type``);
        # otherwise (POST /conversations answers a message) the answer is the example, and nothing joins
        # a list of another kind.
        same_kind = bool(items) and key is None and items[-1].get("type") == example.get("type")
        created = dict(copy.deepcopy(items[-1]) if same_kind else example)
        _overlay(created, call.data())
        if "id" in created and (same_kind or not items):
            created["id"] = _new_id(ws, created["id"])
            now = int(ws.now())
            for stamp in ("created_at", "updated_at"):
                if stamp in created:
                    created[stamp] = now
            items.append(created)
        return created
    if not segments:
        return example
    # An action on an object (``POST /conversations/{id}/reply``): the example, about that object.
    variables = [c for s, c in zip(segments, concrete, strict=True) if _is_var(s)]
    if variables and isinstance(example, dict) and "id" in example and segments[-1] not in ("search",):
        return _with_id(example, variables[-1])
    return example
