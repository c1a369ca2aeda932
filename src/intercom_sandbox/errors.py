"""Intercom ``error.list`` bodies.

Every failure the real API reports uses the same envelope (see the ``error`` schema and the seed
examples), so the sandbox builds all of them here and clients can parse one shape.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class ApiError(Exception):
    """Raised inside a route to answer with an ``error.list`` body.

    Routes raise instead of returning so that helpers deep in the call stack (pagination, search,
    validation) can refuse a request without threading responses back up.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str | None,
        *,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers or {}


def error_body(
    code: str, message: str | None, request_id: str | None, *, field: str | None = None
) -> dict[str, Any]:
    """The JSON document of an ``error.list`` with a single error."""
    error: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        error["field"] = field
    return {"type": "error.list", "request_id": request_id, "errors": [error]}


def error_response(
    status: int,
    code: str,
    message: str | None,
    request_id: str | None,
    *,
    field: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An ``error.list`` response with the given status."""
    return JSONResponse(
        error_body(code, message, request_id, field=field), status_code=status, headers=headers
    )


def bad_request(message: str, *, field: str | None = None) -> ApiError:
    """The 400 ``bad_request`` the export endpoints answer (wording taken from the seeds)."""
    return ApiError(400, "bad_request", message, field=field)


def not_found(message: str = "Resource Not Found", code: str = "not_found") -> ApiError:
    """A 404 as the spec's examples show it."""
    return ApiError(404, code, message)
