"""The control plane under ``/_sandbox``: what tests use to steer the sandbox over HTTP.

No Intercom-Version, auth or rate limit applies here, and faults never fire on it: these routes are
the test's remote control, not part of the emulated API. :class:`intercom_sandbox.server.SandboxHandle`
wraps them for Python callers.
"""

from __future__ import annotations

import math
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .config import QUIRKS
from .errors import ApiError
from .registry import NO_BODY, read_body
from .state import Workspace


def _ws(request: Request) -> Workspace:
    ws: Workspace = request.app.state.workspace
    return ws


#: Largest single clock move (ten years): enough for any expiry, and far from float overflow.
MAX_ADVANCE = 10 * 365 * 86400


async def _json(request: Request) -> Any:
    """The JSON body (``{}`` when empty), or None when it is not JSON, too large or too deep."""
    try:
        body = await read_body(request)
    except ApiError:
        return None
    return {} if body is NO_BODY else body


def _refuse(message: str) -> Response:
    return JSONResponse({"error": message}, status_code=400)


async def health(request: Request) -> Response:
    return JSONResponse({"ok": True})


async def state(request: Request) -> Response:
    """Everything a test may want to assert on: clock, counts, jobs, scroll, faults, spec sources."""
    return JSONResponse(_ws(request).summary())


async def reset(request: Request) -> Response:
    """Back to the seeded state (data, jobs, scroll, faults, rate counters, clock offset)."""
    ws = _ws(request)
    ws.reset()
    return JSONResponse(ws.summary())


async def clock(request: Request) -> Response:
    ws = _ws(request)
    return JSONResponse({"now": ws.now(), "start": ws.clock.start, "advanced": ws.clock.advanced})


async def advance(request: Request) -> Response:
    """``{"seconds": N}``: move the sandbox clock forward (export progress, expiries, rate windows)."""
    body = await _json(request)
    seconds = body.get("seconds") if isinstance(body, dict) else None
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not math.isfinite(seconds)
        or not 0 <= seconds <= MAX_ADVANCE
    ):
        return _refuse(f'body must be {{"seconds": <number from 0 to {MAX_ADVANCE}>}}')
    ws = _ws(request)
    now = ws.clock.advance(float(seconds))
    return JSONResponse({"now": now, "start": ws.clock.start, "advanced": ws.clock.advanced})


async def add_faults(request: Request) -> Response:
    """One fault spec, or ``{"faults": [...]}``; see :mod:`intercom_sandbox.faults` for the fields."""
    body = await _json(request)
    specs = body.get("faults") if isinstance(body, dict) and "faults" in body else [body]
    if not isinstance(specs, list) or not all(isinstance(s, dict) for s in specs):
        return _refuse('body must be a fault object or {"faults": [fault objects]}')
    ws = _ws(request)
    added = []
    try:
        for spec in specs:
            added.append(ws.faults.add(spec).to_json())
    except (ValueError, TypeError) as exc:
        return _refuse(str(exc))
    return JSONResponse({"faults": added})


async def list_faults(request: Request) -> Response:
    ws = _ws(request)
    return JSONResponse({"faults": ws.faults.list(), "history": list(ws.faults.history)})


async def clear_faults(request: Request) -> Response:
    _ws(request).faults.clear()
    return JSONResponse({"faults": []})


async def fail_export(request: Request) -> Response:
    """Make an export job ``failed`` from now on (the API's own failures cannot be provoked otherwise)."""
    ws = _ws(request)
    job = ws.jobs.get(request.path_params["job_identifier"])
    if job is None:
        return JSONResponse({"error": "no such job"}, status_code=404)
    job.failed_at = ws.now()
    return JSONResponse({"job_identifier": job.job_identifier, "status": job.status(ws.now())})


async def fail_job(request: Request) -> Response:
    """Make a pending ``/jobs/status`` job ``failed`` from now on; 409 once it has succeeded."""
    ws = _ws(request)
    try:
        job = ws.fail_queued_job(request.path_params["job_id"])
    except ValueError as exc:
        return JSONResponse({"error": str(exc)}, status_code=409)
    if job is None:
        return JSONResponse({"error": "no such job"}, status_code=404)
    return JSONResponse({"id": job.id, "status": job.status(ws.now())})


async def set_quirks(request: Request) -> Response:
    """``{"quirks": [names]}``: switch real-world deviations on or off without a restart."""
    body = await _json(request)
    names = body.get("quirks") if isinstance(body, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return _refuse('body must be {"quirks": [names]}')
    unknown = set(names) - set(QUIRKS)
    if unknown:
        return _refuse(f"unknown quirks: {sorted(unknown)}; known: {sorted(QUIRKS)}")
    ws = _ws(request)
    ws.quirks = frozenset(names)
    return JSONResponse({"quirks": sorted(ws.quirks)})


async def configure(request: Request) -> Response:
    """Change export_delay, rate_limit, rate_window, scroll_page_size, default_version, validate.

    The change lasts until the next reset.
    """
    body = await _json(request)
    if not isinstance(body, dict):
        return _refuse("body must be an object of settings")
    ws = _ws(request)
    try:
        ws.configure(body)
    except ValueError as exc:
        return _refuse(str(exc))
    return JSONResponse(ws.config.public())


ROUTES = [
    Route("/_sandbox/config", configure, methods=["POST"]),
    Route("/_sandbox/health", health, methods=["GET"]),
    Route("/_sandbox/state", state, methods=["GET"]),
    Route("/_sandbox/reset", reset, methods=["POST"]),
    Route("/_sandbox/clock", clock, methods=["GET"]),
    Route("/_sandbox/clock/advance", advance, methods=["POST"]),
    Route("/_sandbox/faults", add_faults, methods=["POST"]),
    Route("/_sandbox/faults", list_faults, methods=["GET"]),
    Route("/_sandbox/faults", clear_faults, methods=["DELETE"]),
    Route("/_sandbox/exports/{job_identifier}/fail", fail_export, methods=["POST"]),
    Route("/_sandbox/jobs/{job_id}/fail", fail_job, methods=["POST"]),
    Route("/_sandbox/quirks", set_quirks, methods=["POST"]),
]
