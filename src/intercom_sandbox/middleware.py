"""The cross-cutting behaviour of every API request, as one raw ASGI middleware.

Order matters and mirrors what a client sees from the real service:

1. ``X-Request-Id`` and rate-limit headers go on every response (including errors and faults);
2. injected faults fire before anything else (they stand for infrastructure failures);
3. ``Authorization: Bearer`` is required (401);
4. ``Intercom-Version`` must be a published value (400);
5. the rate limit is counted (429 when the window's budget is spent);
6. the route runs.

The control plane under ``/_sandbox`` skips 2-5. Raw ASGI (rather than Starlette's BaseHTTPMiddleware)
is needed to act out faults inside a streaming body: cutting a connection or a gzip stream mid-way.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import versions
from .errors import ApiError, error_body
from .faults import Fault
from .ratelimit import RateDecision
from .state import Workspace

log = logging.getLogger("intercom_sandbox")

CONTROL_PREFIX = "/_sandbox"


class _StopBody(Exception):
    """Raised from the wrapped ``send`` to stop the route's body iterator after a fault cut it."""


def _contains_stop(exc: BaseException) -> bool:
    if isinstance(exc, _StopBody):
        return True
    if isinstance(exc, BaseExceptionGroup):
        return all(_contains_stop(e) for e in exc.exceptions)
    return False


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


async def _send_json(send: Send, status: int, body: dict[str, Any] | None, headers: dict[str, str]) -> None:
    payload = b"" if body is None else json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload, "more_body": False})


class SandboxMiddleware:
    """Request ids, faults, auth, version, rate limit; see the module docstring for the order."""

    def __init__(self, app: ASGIApp, workspace: Workspace) -> None:
        self.app = app
        self.workspace = workspace

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ws = self.workspace
        request_id = str(uuid.uuid4())
        path: str = scope["path"]
        method: str = scope["method"]
        headers = _headers(scope)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        extra: dict[str, str] = {"X-Request-Id": request_id}

        def add_headers(decision: RateDecision) -> None:
            extra.update(decision.headers(ws.clock.offset()))

        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            add_headers(ws.limiter.peek(token or "-", ws.now()))
            scope.setdefault("state", {})["request_id"] = request_id
            await self.app(scope, receive, self._with_headers(send, extra))
            return

        fault = ws.faults.take(method, path, query)
        if fault is not None:
            log.info("fault %s fired on %s %s", fault.kind, method, path)
            handled = await self._pre_fault(fault, send, extra, token, request_id)
            if handled:
                return

        def fail(code: str, message: str) -> dict[str, Any]:
            return error_body(code, message, request_id)

        if not token or (ws.config.token is not None and token != ws.config.token):
            add_headers(ws.limiter.peek(token or "-", ws.now()))
            await _send_json(send, 401, fail("unauthorized", "Access Token Invalid"), extra)
            return
        try:
            version = versions.normalise(headers.get("intercom-version"), ws.config.default_version)
        except ApiError as exc:
            add_headers(ws.limiter.peek(token, ws.now()))
            await _send_json(send, exc.status, fail(exc.code, exc.message or ""), extra)
            return
        decision = ws.limiter.hit(token, ws.now())
        add_headers(decision)
        if not decision.allowed:
            await _send_json(send, 429, fail("rate_limit_exceeded", "Rate Limit Exceeded"), extra)
            return

        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["version"] = version
        wrapped = self._with_headers(send, extra)
        if fault is not None and fault.kind in ("connection_reset", "truncated_gzip"):
            wrapped = self._cutting_send(wrapped, fault)
        try:
            await self.app(scope, receive, wrapped)
        except BaseException as exc:
            if not _contains_stop(exc):
                raise

    # --- faults ------------------------------------------------------------------------------------------

    async def _pre_fault(
        self, fault: Fault, send: Send, extra: dict[str, str], token: str, request_id: str
    ) -> bool:
        """Act out faults that replace the response; True if the response was sent."""
        ws = self.workspace
        decision = ws.limiter.peek(token or "-", ws.now())
        if fault.kind in ("500", "502", "503", "scroll_500"):
            extra.update(decision.headers(ws.clock.offset()))
            status = fault.status or 500
            messages = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
            if fault.kind == "scroll_500":
                ws.invalidate_scroll()
            await _send_json(send, status, error_body("server_error", messages[status], request_id), extra)
            return True
        if fault.kind == "429_retry_after":
            extra.update(decision.headers(ws.clock.offset()))
            extra["X-RateLimit-Remaining"] = "0"
            extra["Retry-After"] = str(fault.retry_after)
            await _send_json(
                send, 429, error_body("rate_limit_exceeded", "Rate Limit Exceeded", request_id), extra
            )
            return True
        if fault.kind == "429_reset_only":
            extra.update(decision.headers(ws.clock.offset()))
            extra["X-RateLimit-Remaining"] = "0"
            extra["X-RateLimit-Reset"] = str(int(time.time()) + fault.reset_in)
            await _send_json(
                send, 429, error_body("rate_limit_exceeded", "Rate Limit Exceeded", request_id), extra
            )
            return True
        if fault.kind == "empty_body":
            extra.update(decision.headers(ws.clock.offset()))
            await _send_json(send, 200, None, extra)
            return True
        if fault.kind == "slow":
            await asyncio.sleep(fault.delay)
        return False

    @staticmethod
    def _with_headers(send: Send, extra: dict[str, str]) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.lower() for k, _ in raw}
                raw += [
                    (k.lower().encode(), v.encode())
                    for k, v in extra.items()
                    if k.lower().encode() not in present
                ]
                message = {**message, "headers": raw}
            await send(message)

        return wrapped

    @staticmethod
    def _cutting_send(send: Send, fault: Fault) -> Send:
        """Forward the body up to ``cut_at`` bytes, then drop the connection or end the body early.

        ``connection_reset``: the partial body goes out with ``more_body`` set and the app returns, so
        the server closes the socket mid-body and the client sees an incomplete read.
        ``truncated_gzip``: Content-Length is removed and the body is ended cleanly after the cut, so the
        HTTP exchange succeeds but the gzip stream has no end.
        """
        sent = 0
        cut_at = fault.cut_at
        done = False

        async def wrapped(message: Message) -> None:
            nonlocal sent, cut_at, done
            if done:
                raise _StopBody()
            if message["type"] == "http.response.start":
                if fault.kind == "truncated_gzip":
                    # Without Content-Length the early end is a valid HTTP exchange: only the payload is cut.
                    headers = [
                        (k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"
                    ]
                    message = {**message, "headers": headers}
                await send(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            if cut_at is None:
                cut_at = max(len(body) // 2, 1)
            if sent + len(body) < cut_at:
                sent += len(body)
                await send(message)
                return
            head = body[: cut_at - sent]
            sent = cut_at
            done = True
            if fault.kind == "connection_reset":
                await send({"type": "http.response.body", "body": head, "more_body": True})
            else:
                await send({"type": "http.response.body", "body": head, "more_body": False})
            raise _StopBody()

        return wrapped
