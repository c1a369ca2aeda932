"""Shared fixtures: the `sandbox` fixture itself comes from the installed pytest11 plugin."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle


@pytest.fixture
def api(sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    """An httpx client with the bearer token and Intercom-Version 2.14, over real HTTP."""
    with sandbox.client() as client:
        yield client
