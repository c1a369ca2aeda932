"""pytest plugin: a ``sandbox`` fixture backed by a real sandbox server.

Installed as a ``pytest11`` entry point, so any project with this distribution installed gets it.
One server runs per session (starting uvicorn and loading the spec cost more than a test should); every
test gets it freshly reset. Override ``sandbox_config`` in a conftest.py to change sizes, delays or
limits::

    @pytest.fixture(scope="session")
    def sandbox_config():
        return SandboxConfig(seed=7, export_delay=10, rate_limit=50)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .config import SandboxConfig
from .server import SandboxHandle, SandboxServer


@pytest.fixture(scope="session")
def sandbox_config() -> SandboxConfig:
    """The configuration of the session's sandbox server (override to customise)."""
    return SandboxConfig()


@pytest.fixture(scope="session")
def sandbox_server(sandbox_config: SandboxConfig) -> Iterator[SandboxServer]:
    """The session's sandbox server on 127.0.0.1 and a free port."""
    server = SandboxServer(sandbox_config).start()
    try:
        if sandbox_config.validate:
            # Load the default version's spec now, not inside the first test's timing.
            from .versions import spec_version

            server.workspace.validator.preload(spec_version(sandbox_config.default_version))
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> Iterator[SandboxHandle]:
    """A handle on a freshly reset sandbox.

    ``.url``, ``.token``, ``.client()``, ``.advance()``, ``.inject()``, ``.configure()``, ``.state()``.
    """
    handle = sandbox_server.handle()
    handle.reset()
    try:
        yield handle
    finally:
        handle.close()
