"""Fixtures shared by every test directory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import intercom_client
from intercom_sandbox.server import SandboxHandle


@pytest.fixture
def sandboxed(sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Run documentation examples as written against the sandbox.

    ``Intercom``/``AsyncIntercom`` become subclasses pointing at the sandbox whose sleeps advance the
    sandbox clock instead of waiting; the token comes from ``$INTERCOM_ACCESS_TOKEN``; the working
    directory is a fresh temporary one (returned), so written files can be checked.
    """

    class SandboxIntercom(intercom_client.Intercom):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("base_url", sandbox.url)
            super().__init__(*args, **kwargs)

        def _sleep(self, seconds: float) -> None:
            sandbox.advance(seconds)

    class SandboxAsyncIntercom(intercom_client.AsyncIntercom):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("base_url", sandbox.url)
            super().__init__(*args, **kwargs)

        async def _sleep(self, seconds: float) -> None:
            sandbox.advance(seconds)

    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", sandbox.token)
    monkeypatch.setattr(intercom_client, "Intercom", SandboxIntercom)
    monkeypatch.setattr(intercom_client, "AsyncIntercom", SandboxAsyncIntercom)
    monkeypatch.chdir(tmp_path)
    return tmp_path
