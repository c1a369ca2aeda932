"""Run the sandbox in a background thread, and drive it from Python.

:class:`SandboxServer` is what the pytest fixture uses (and what scripts can use directly):
a real uvicorn server on 127.0.0.1, on a free port, in a daemon thread. :class:`SandboxHandle` wraps
the ``/_sandbox`` control plane so tests read as ``sandbox.advance(60)`` rather than raw HTTP.
"""

from __future__ import annotations

import ssl
import threading
import time
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from .app import create_app
from .config import SandboxConfig
from .state import Workspace

DEFAULT_TOKEN = "sandbox-token"
#: The sandbox is plain HTTP, but httpx builds an SSL context per client (~40 ms); share one.
_SSL_CONTEXT = ssl.create_default_context()


class SandboxHandle:
    """A client-side view of a running sandbox: its URL, a token, and the control plane."""

    def __init__(self, url: str, token: str = DEFAULT_TOKEN, version: str = "2.14") -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.version = version
        self._control = httpx.Client(base_url=self.url, timeout=30, verify=_SSL_CONTEXT)

    @property
    def headers(self) -> dict[str, str]:
        """Headers an Intercom client sends: bearer token, JSON, Intercom-Version."""
        return {
            "Authorization": f"Bearer {self.token}",
            "Accept": "application/json",
            "Intercom-Version": self.version,
        }

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client preconfigured for the sandbox (caller closes it)."""
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("verify", _SSL_CONTEXT)
        return httpx.Client(base_url=self.url, headers=self.headers, **kwargs)

    def _call(self, method: str, path: str, json: Any = None) -> Any:
        response = self._control.request(method, path, json=json)
        response.raise_for_status()
        return response.json()

    def state(self) -> dict[str, Any]:
        return dict(self._call("GET", "/_sandbox/state"))

    def reset(self) -> dict[str, Any]:
        """Seeded data back, jobs/scroll/faults/rate counters cleared, clock offset back to zero."""
        return dict(self._call("POST", "/_sandbox/reset"))

    def now(self) -> float:
        return float(self._call("GET", "/_sandbox/clock")["now"])

    def advance(self, seconds: float) -> float:
        """Move the sandbox clock forward; returns the new sandbox time."""
        return float(self._call("POST", "/_sandbox/clock/advance", {"seconds": seconds})["now"])

    def inject(
        self, path: str, kind: str, *, method: str = "*", times: int = 1, **options: Any
    ) -> dict[str, Any]:
        """Register a fault (see :mod:`intercom_sandbox.faults` for kinds and options)."""
        spec = {"path": path, "kind": kind, "method": method, "times": times, **options}
        return dict(self._call("POST", "/_sandbox/faults", spec)["faults"][0])

    def faults(self) -> dict[str, Any]:
        return dict(self._call("GET", "/_sandbox/faults"))

    def clear_faults(self) -> None:
        self._call("DELETE", "/_sandbox/faults")

    def fail_export(self, job_identifier: str) -> dict[str, Any]:
        return dict(self._call("POST", f"/_sandbox/exports/{job_identifier}/fail"))

    def fail_job(self, job_id: str) -> dict[str, Any]:
        """Make a pending ``/jobs/status`` job (e.g. from POST /tickets/enqueue) ``failed``."""
        return dict(self._call("POST", f"/_sandbox/jobs/{job_id}/fail"))

    def set_quirks(self, *names: str) -> list[str]:
        return list(self._call("POST", "/_sandbox/quirks", {"quirks": list(names)})["quirks"])

    def configure(self, **settings: Any) -> dict[str, Any]:
        """Change export_delay, rate_limit, rate_window, scroll_page_size, default_version or validate."""
        return dict(self._call("POST", "/_sandbox/config", settings))

    def close(self) -> None:
        self._control.close()


class SandboxServer:
    """uvicorn serving the sandbox on 127.0.0.1 in a daemon thread."""

    def __init__(self, config: SandboxConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config or SandboxConfig()
        self.workspace = Workspace(self.config)
        self.app = create_app(workspace_=self.workspace)
        self.host = host
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.app, host=host, port=port, log_level="warning", lifespan="off", access_log=False
            )
        )
        self._thread: threading.Thread | None = None
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> SandboxServer:
        """Start serving and wait until the socket accepts connections."""
        self._thread = threading.Thread(target=self._server.run, name="intercom-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        sockets = [s for server in self._server.servers for s in server.sockets]
        self.port = sockets[0].getsockname()[1]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)

    def handle(self, version: str | None = None) -> SandboxHandle:
        return SandboxHandle(
            self.url, self.config.token or DEFAULT_TOKEN, version or self.config.default_version
        )

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
