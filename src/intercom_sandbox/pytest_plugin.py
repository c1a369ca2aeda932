"""pytest plugin: a ``sandbox`` fixture backed by a real sandbox server.

Installed as a ``pytest11`` entry point, so any project with this distribution installed gets it.
Loading the plugin imports nothing beyond pytest: the server (uvicorn, starlette, jsonschema, the
``sandbox`` extra) is imported only when a test asks for the fixture, so a project that installed the
client without the extra still runs pytest, and only a test that uses ``sandbox`` fails, with a message
naming the extra to install.

One server runs per session (starting uvicorn and loading the spec cost more than a test should); every
test gets it freshly reset. Override ``sandbox_config`` in a conftest.py to change sizes, delays or
limits::

    @pytest.fixture(scope="session")
    def sandbox_config():
        return SandboxConfig(seed=7, export_delay=10, rate_limit=50)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .config import SandboxConfig
    from .server import SandboxHandle, SandboxServer

__all__ = ["sandbox", "sandbox_config", "sandbox_server"]

#: What a test that asks for the fixture sees when the sandbox extra is not installed.
MISSING_EXTRA = (
    "the `sandbox` fixture needs the sandbox extra: pip install 'intercom-openapi-client[sandbox]' "
    "(missing module: {name})"
)


def _server_module() -> ModuleType:
    """``intercom_sandbox.server``, or a failed test naming the extra when its dependencies are absent."""
    try:
        return importlib.import_module(f"{__package__}.server")
    except ModuleNotFoundError as exc:
        pytest.fail(MISSING_EXTRA.format(name=exc.name), pytrace=False)


@pytest.fixture(scope="session")
def sandbox_config() -> SandboxConfig:
    """The configuration of the session's sandbox server (override to customise)."""
    from .config import SandboxConfig

    return SandboxConfig()


@pytest.fixture(scope="session")
def sandbox_server(sandbox_config: SandboxConfig) -> Iterator[SandboxServer]:
    """The session's sandbox server on 127.0.0.1 and a free port."""
    server_module = _server_module()
    server: SandboxServer = server_module.SandboxServer(sandbox_config).start()
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
