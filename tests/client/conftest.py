"""Fixtures for the facade tests: facade clients on the sandbox with recorded (not real) sleeps.

Every wait of a facade client goes through ``client._sleep``; here it records the seconds and moves
the *sandbox* clock forward instead of sleeping, so rate-limit windows and scroll expiry behave as if the
time had really passed. The client's rate-limit clocks stay the wall clock: the sandbox writes
``X-RateLimit-Reset`` in wall-clock time (the time left in its window added to real time), as a real
client reads it, so a wait computed from it and then "slept" by advancing the sandbox lands in the next
window.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from intercom_client import AsyncIntercom, Intercom
from intercom_sandbox.server import SandboxHandle


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Exchange:
    method: str
    path: str
    headers: httpx.Headers
    status: int | None
    error: str | None = None
    response_headers: httpx.Headers = field(default_factory=httpx.Headers)


@dataclass
class Log:
    """What actually went over the wire (below the retry layer): one entry per attempt."""

    exchanges: list[Exchange] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [f"{e.method} {e.path}" for e in self.exchanges]

    def statuses(self) -> list[int | None]:
        return [e.status for e in self.exchanges]

    def __len__(self) -> int:
        return len(self.exchanges)


def _path(request: httpx.Request) -> str:
    return request.url.raw_path.decode()


class RecordingTransport(httpx.HTTPTransport):
    """A real HTTP transport that logs every attempt (the facade wraps it with retries)."""

    def __init__(self, log: Log, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = super().handle_request(request)
        except httpx.TransportError as exc:
            self.log.exchanges.append(
                Exchange(request.method, _path(request), request.headers, None, repr(exc))
            )
            raise
        self.log.exchanges.append(
            Exchange(
                request.method, _path(request), request.headers, response.status_code, None, response.headers
            )
        )
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, log: Log, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except httpx.TransportError as exc:
            self.log.exchanges.append(
                Exchange(request.method, _path(request), request.headers, None, repr(exc))
            )
            raise
        self.log.exchanges.append(
            Exchange(
                request.method, _path(request), request.headers, response.status_code, None, response.headers
            )
        )
        return response


@pytest.fixture
def wire() -> Log:
    return Log()


@pytest.fixture
def sleeps() -> list[float]:
    return []


def make_client(
    sandbox: SandboxHandle, wire: Log, sleeps: list[float], *, advance_clock: bool = True, **kwargs: object
) -> tuple[Intercom, httpx.Client]:
    """A facade client on the sandbox whose sleeps are recorded and advance the sandbox clock."""
    http = httpx.Client(transport=RecordingTransport(wire))
    client = Intercom(token=sandbox.token, base_url=sandbox.url, http_client=http, **kwargs)  # type: ignore[arg-type]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if advance_clock and seconds > 0:
            sandbox.advance(seconds)

    client._sleep = sleep  # type: ignore[method-assign]
    client._retry_policy.jitter = lambda: 1.0
    client._retry_policy.clock = time.time
    client._rate_limits.clock = time.time
    return client, http


def make_async_client(
    sandbox: SandboxHandle, wire: Log, sleeps: list[float], **kwargs: object
) -> tuple[AsyncIntercom, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=AsyncRecordingTransport(wire))
    client = AsyncIntercom(token=sandbox.token, base_url=sandbox.url, http_client=http, **kwargs)  # type: ignore[arg-type]

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if seconds > 0:
            sandbox.advance(seconds)

    client._sleep = sleep  # type: ignore[method-assign]
    client._retry_policy.jitter = lambda: 1.0
    client._retry_policy.clock = time.time
    client._rate_limits.clock = time.time
    return client, http


@pytest.fixture
def client(sandbox: SandboxHandle, wire: Log, sleeps: list[float]) -> Iterator[Intercom]:
    """An :class:`Intercom` on the sandbox (2.14); ``wire`` logs attempts, ``sleeps`` the waits."""
    c, http = make_client(sandbox, wire, sleeps)
    with http, c:
        yield c


@pytest.fixture
async def aclient(sandbox: SandboxHandle, wire: Log, sleeps: list[float]) -> AsyncIterator[AsyncIntercom]:
    c, http = make_async_client(sandbox, wire, sleeps)
    async with http, c:
        yield c
