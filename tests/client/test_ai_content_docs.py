"""The examples of docs/ai-content.md (and the README's AI Content example), run verbatim against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intercom_sandbox.server import SandboxHandle

pytestmark = pytest.mark.timeout(90)

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ai-content.md"
BLOCK = re.compile(r"```python\n(# example: ([a-z0-9-]+)\n.*?)```", re.S)


def examples() -> dict[str, str]:
    return {name: code for code, name in BLOCK.findall(DOC.read_text())}


def _run(name: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    exec(compile(examples()[name], f"{DOC.name}:{name}", "exec"), {"__name__": "__example__"})
    return capsys.readouterr().out.strip().splitlines()


def test_the_doc_has_both_examples() -> None:
    assert set(examples()) == {"ai-content-sync", "ai-content-async"}


def test_sync_example_prints_what_the_doc_says(sandboxed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    printed = _run("ai-content-sync", capsys)
    shown = re.search(r"prints\n\n```text\n(.*?)```", DOC.read_text(), re.S)
    assert shown is not None
    assert printed == shown.group(1).strip().splitlines()


def test_async_example_creates_its_pages(
    sandboxed: Path, sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    (line,) = _run("ai-content-async", capsys)
    created, _, source_id = line.partition(" pages created in source ")
    assert created == "120"
    with sandbox.client() as http:
        items = http.get("/ai/external_pages", params={"per_page": 150}).json()["data"]
    assert sum(1 for p in items if str(p["source_id"]) == source_id) == 120
