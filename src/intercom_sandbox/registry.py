"""The registry of hand-written operations: ``@operation("GET /contacts")``.

Every hand-written operation goes through the same steps, written once here: read and parse the body,
validate the request against the (overlaid) spec of the request's Intercom-Version, run the handler, and
conform the JSON it returns to the version's response schema. A handler therefore holds only the
operation's semantics::

    @operation("GET /ai/content_import_sources/{id}")
    async def get_source(call: Call) -> dict[str, Any]:
        return call.ws.content.source(call.path_param("id")).to_json()

Path variables are matched by position, not by name: the descriptions name the same variable differently
from version to version (2.14's ``{source_id}`` is Preview's ``{id}``), so :meth:`Call.path_param`
returns the single variable, or the one at a position, whatever the version calls it.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import versions
from .errors import ApiError, bad_request
from .examples import example_of, success
from .pagination import check_per_page, parse_int
from .state import Workspace
from .validation import conform

__all__ = [
    "NO_BODY",
    "Call",
    "Endpoint",
    "Handler",
    "Operation",
    "endpoint_for",
    "endpoints",
    "operation",
    "read_body",
    "register_endpoint",
    "shape",
    "validate",
]

#: The body of a request that sent none (distinct from a JSON ``null``).
NO_BODY: Any = object()
#: Largest request body the sandbox reads (bytes); larger bodies answer 413.
MAX_BODY_BYTES = 1_000_000
#: Deepest JSON nesting accepted in a body: real payloads stay far below it, and Python's parser
#: and the validators recurse, so an unbounded depth could exhaust the stack.
MAX_JSON_DEPTH = 64


@dataclass
class Call:
    """One request to a registered operation, with its parsed body and the workspace."""

    request: Request
    ws: Workspace
    version: str
    body: Any = NO_BODY

    @property
    def spec_version(self) -> str:
        """The description the request is checked against ("2.14", "0" for Preview)."""
        return versions.spec_version(self.version)

    def path_param(self, position: int = 0) -> str:
        """The path variable at ``position`` (names differ between versions; order does not)."""
        values = list(self.request.path_params.values())
        return str(values[position])

    @property
    def query(self) -> dict[str, str]:
        return dict(self.request.query_params)

    def data(self) -> dict[str, Any]:
        """The body as a JSON object (``{}`` when none was sent), or a 400."""
        if self.body is NO_BODY:
            return {}
        if not isinstance(self.body, dict):
            raise bad_request("Request body must be a JSON object")
        return self.body

    @property
    def base_url(self) -> str:
        return str(self.request.base_url).rstrip("/")

    def numbered(self, default_per_page: int) -> tuple[int, int]:
        """``page`` and ``per_page`` of a page/per_page list (per_page at most 150)."""
        page = parse_int(self.request.query_params.get("page") or "1", "page", minimum=1)
        return page, check_per_page(self.request.query_params.get("per_page"), default_per_page)

    def require_version(self, minimum: str) -> None:
        """Operations introduced later answer like the spec's "Resource not available" example (also
        when validation is off)."""
        if not versions.at_least(self.version, minimum):
            raise ApiError(
                400, "intercom_version_invalid", "Requested resource is not available in current API version."
            )

    def page_url(self, page: int) -> str:
        """``pages.next`` of page/per_page lists: the same URL with the next page number."""
        return str(self.request.url.include_query_params(page=page))

    def example(self) -> Any:
        """The version's response example of this operation (a fresh copy), or None."""
        doc = self.ws.validator.document(self.spec_version)
        template = self.ws.validator.match(
            self.spec_version, self.request.method.lower(), self.request.url.path
        )
        if template is None:
            return None
        _, content = success(doc, doc["paths"][template][self.request.method.lower()])
        media = (content or {}).get("application/json")
        return example_of(doc, media) if media else None

    def respond(self, body: dict[str, Any], status: int = 200) -> JSONResponse:
        """A JSON response; without the ``nulls`` quirk, nulls the version's schema forbids are left out."""
        ws = self.ws
        if "nulls" not in ws.quirks and ws.config.validate:
            # conform() edits in place and handlers may return stored objects: work on a copy.
            body = copy.deepcopy(body)
            conform(ws.validator, self.spec_version, self.request.method, self.request.url.path, body, status)
        return JSONResponse(body, status_code=status)


Handler = Callable[[Call], Awaitable[dict[str, Any] | Response | None]]


@dataclass(frozen=True)
class Operation:
    """A hand-written operation: ``method`` and the Starlette ``path``, plus how to serve it."""

    method: str
    path: str
    handler: Handler
    #: False for operations that check their own body first (the export endpoints answer the seeds'
    #: messages, which the spec's schema errors would pre-empt); they call :func:`validate` themselves.
    validate: bool = True


Endpoint = Callable[[Request], Awaitable[Response]]
#: Hand-written endpoints by (METHOD, template with anonymous variables), with the path they were
#: registered under (its variable names become the request's ``path_params``).
_ENDPOINTS: dict[tuple[str, str], tuple[str, Endpoint]] = {}


def shape(template: str) -> str:
    """A template with its variables made anonymous: ``/contacts/{contact_id}`` -> ``/contacts/{}``."""
    return re.sub(r"\{[^}]+\}", "{}", template)


def register_endpoint(method: str, path: str, endpoint: Endpoint) -> None:
    """Serve ``method path`` with a plain Starlette endpoint (one that validates by itself)."""
    _ENDPOINTS[(method.upper(), shape(path))] = (path, endpoint)


def endpoint_for(method: str, template: str) -> tuple[str, Endpoint] | None:
    """The hand-written endpoint of a spec operation (variable names need not agree), if any."""
    return _ENDPOINTS.get((method.upper(), shape(template)))


def endpoints() -> dict[tuple[str, str], tuple[str, Endpoint]]:
    """Every hand-written endpoint, keyed by (METHOD, anonymous template)."""
    return dict(_ENDPOINTS)


def operation(spec: str, *, validate: bool = True) -> Callable[[Handler], Handler]:
    """Register ``handler`` for ``"METHOD /path/{var}"`` (a path of the spec, in any version)."""
    method, path = spec.split(" ", 1)

    def register(handler: Handler) -> Handler:
        op = Operation(method.upper(), path, handler, validate)
        register_endpoint(op.method, path, _endpoint(op))
        return handler

    return register


def _too_deep(raw: bytes) -> bool:
    """True when the raw JSON text opens more than MAX_JSON_DEPTH brackets at once (checked before parsing)."""
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


async def read_body(request: Request) -> Any:
    """The JSON body, :data:`NO_BODY` when there is none; 413 when too large, 400 when malformed."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, "request_too_large", f"Request body exceeds {MAX_BODY_BYTES} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, "request_too_large", f"Request body exceeds {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        return NO_BODY
    # Fewer brackets than the limit cannot nest past it: the byte scan runs only on bodies that could.
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _too_deep(raw):
        raise bad_request(f"Request body is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise bad_request("Request body is not valid JSON") from None


def validate(call: Call) -> None:
    """Check the request against the (overlaid) spec of its Intercom-Version."""
    ws = call.ws
    if not ws.config.validate:
        return
    body = call.body
    ws.validator.validate(
        call.spec_version,
        call.request.method,
        call.request.url.path,
        dict(call.request.query_params),
        None if body is NO_BODY else body,
        body is not NO_BODY,
    )


def _endpoint(op: Operation) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        ws: Workspace = request.app.state.workspace
        version = str(getattr(request.state, "version", ws.config.default_version))
        body = await read_body(request) if request.method in ("POST", "PUT", "PATCH", "DELETE") else NO_BODY
        call = Call(request, ws, version, body)
        if op.validate:
            validate(call)
        result = await op.handler(call)
        if result is None:
            return Response(status_code=204)
        if isinstance(result, Response):
            return result
        return call.respond(result)

    endpoint.__name__ = op.handler.__name__
    return endpoint
