"""Faults on demand: make a route fail in a chosen way a chosen number of times.

A retrying, resuming client is only tested if the server really misbehaves, over a real socket. Tests
register faults through ``POST /_sandbox/faults`` (or ``SandboxHandle.inject``); the middleware asks
the registry for a fault on every API request and acts it out.

Kinds (``FAULT_KINDS``):

``500`` / ``502`` / ``503``   that status with an ``error.list`` body;
``429_retry_after``           429 with ``Retry-After: <retry_after>``;
``429_reset_only``            429 without Retry-After, only ``X-RateLimit-Reset`` (``reset_in`` s ahead);
``connection_reset``          headers and part of the body are sent, then the connection is dropped;
``truncated_gzip``            a download ends cleanly (no error) but the gzip stream is cut short;
``slow``                      the response is delayed by ``delay`` seconds (real time: client timeouts);
``empty_body``                200 with ``Content-Length: 0``;
``scroll_500``                a mid-scroll request (one carrying ``scroll_param``) answers 500 and the open
                              scroll is invalidated, as on the real API (a 500 mid-scroll means start again).
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FAULT_KINDS = (
    "500",
    "502",
    "503",
    "429_retry_after",
    "429_reset_only",
    "connection_reset",
    "truncated_gzip",
    "slow",
    "empty_body",
    "scroll_500",
)


def _path_regex(pattern: str) -> re.Pattern[str]:
    """``/download/content/data/{id}`` or ``/download/*``: ``{x}`` is one segment, ``*`` anything."""
    out = []
    for part in re.split(r"(\{[^}]+\}|\*)", pattern):
        if part == "*":
            out.append(".*")
        elif part.startswith("{") and part.endswith("}"):
            out.append("[^/]+")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "/?$")


@dataclass
class Fault:
    """One registered fault; ``times`` counts down as it fires, ``after`` lets requests through first."""

    id: int
    method: str
    path: str
    kind: str
    times: int = 1
    after: int = 0
    status: int | None = None
    retry_after: int = 1
    reset_in: int = 2
    delay: float = 1.0
    #: connection_reset / truncated_gzip: body bytes sent before the cut (default: half the first chunk).
    cut_at: int | None = None
    fired: int = 0
    regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(FAULT_KINDS)}")
        # The options are checked here, when the fault is registered, so that a bad one is a 400 on the
        # control plane rather than an error inside some later request.
        for name in ("times", "after", "retry_after", "reset_in", "cut_at"):
            value = getattr(self, name)
            if value is None and name == "cut_at":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10**9:
                raise ValueError(f"{name} must be an integer from 0 to 1000000000")
        if (
            isinstance(self.delay, bool)
            or not isinstance(self.delay, int | float)
            or not 0 <= self.delay <= 300
        ):
            raise ValueError("delay must be a number of seconds from 0 to 300")
        if self.times < 1:
            raise ValueError("times must be >= 1")
        if self.after < 0:
            raise ValueError("after must be >= 0")
        self.method = self.method.upper()
        self.regex = _path_regex(self.path)
        if self.kind in ("500", "502", "503"):
            self.status = int(self.kind)

    def matches(self, method: str, path: str, query: Mapping[str, str]) -> bool:
        if self.method not in ("*", method.upper()) or not self.regex.match(path):
            return False
        if self.kind == "scroll_500":
            return "scroll_param" in query
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "method": self.method,
            "path": self.path,
            "kind": self.kind,
            "times_left": self.times,
            "after": self.after,
            "fired": self.fired,
            "retry_after": self.retry_after,
            "reset_in": self.reset_in,
            "delay": self.delay,
            "cut_at": self.cut_at,
        }


class FaultRegistry:
    """Registered faults, consulted in registration order."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.history: list[dict[str, Any]] = []

    def add(self, spec: Mapping[str, Any]) -> Fault:
        """Register a fault from a JSON spec (the control-plane body); raises ValueError when malformed."""
        allowed = {"method", "path", "kind", "times", "after", "retry_after", "reset_in", "delay", "cut_at"}
        unknown = set(spec) - allowed
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        if "kind" not in spec or "path" not in spec:
            raise ValueError("a fault needs at least 'kind' and 'path'")
        kwargs = {k: spec[k] for k in allowed if k in spec and k not in ("method", "path", "kind")}
        with self._lock:
            fault = Fault(
                id=next(self._ids),
                method=str(spec.get("method", "*")),
                path=str(spec["path"]),
                kind=str(spec["kind"]),
                **kwargs,
            )
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str, query: Mapping[str, str]) -> Fault | None:
        """The fault to act out for this request, if any (consumes one of its ``times``)."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(method, path, query):
                    continue
                if fault.after > 0:
                    fault.after -= 1
                    continue
                fault.times -= 1
                fault.fired += 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                self.history.append({"id": fault.id, "kind": fault.kind, "method": method, "path": path})
                return fault
        return None

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.to_json() for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.history.clear()
