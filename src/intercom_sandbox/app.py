"""The ASGI application: the control plane, and one route through which every API request is dispatched.

Which code answers an API request is decided by :mod:`.dispatch` (hand-written operations in
:mod:`.routes`, one module per API tag, registered with :func:`.registry.operation`; the spec-driven
:mod:`.engine` for the rest). Cross-cutting behaviour (auth, versions, rate limit, faults, headers) lives in
:mod:`.middleware`, the control plane in :mod:`.control`.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import control
from . import routes as _routes  # noqa: F401 - importing it registers the hand-written operations
from .config import SandboxConfig
from .dispatch import dispatch
from .errors import ApiError, error_response
from .middleware import SandboxMiddleware
from .state import Workspace

__all__ = ["create_app"]

log = logging.getLogger("intercom_sandbox")

#: Every API request goes through one route; :mod:`.dispatch` picks the code that answers it.
API_ROUTE = Route("/{path:path}", dispatch, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(
        exc.status,
        exc.code,
        exc.message,
        getattr(request.state, "request_id", None),
        field=exc.field,
        headers=exc.headers,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    request_id = getattr(request.state, "request_id", None)
    if exc.status_code == 405:
        return error_response(405, "method_not_allowed", "Method Not Allowed", request_id)
    return error_response(
        exc.status_code,
        "not_found" if exc.status_code == 404 else "error",
        "Resource Not Found" if exc.status_code == 404 else str(exc.detail),
        request_id,
    )


async def _unexpected(request: Request, exc: Exception) -> Response:
    """A bug must still answer an ``error.list`` (and be logged), never a plain-text page."""
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(
        500, "server_error", "Internal Server Error", getattr(request.state, "request_id", None)
    )


def create_app(config: SandboxConfig | None = None, workspace_: Workspace | None = None) -> SandboxMiddleware:
    """The sandbox as an ASGI app (``uvicorn intercom_sandbox.app:create_app --factory`` works too)."""
    ws = workspace_ or Workspace(config or SandboxConfig())
    app = Starlette(
        routes=[*control.ROUTES, API_ROUTE],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected},
    )
    app.state.workspace = ws
    wrapped = SandboxMiddleware(app, ws)
    wrapped.workspace = ws
    return wrapped
