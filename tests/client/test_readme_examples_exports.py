"""The export examples of docs/exports.md, run verbatim against the sandbox.

Each ``<!-- example: name -->`` block is executed as written. Only the environment differs: the token
comes from ``$INTERCOM_ACCESS_TOKEN``, and ``Intercom``/``AsyncIntercom`` are swapped for subclasses that
point at the sandbox and advance its clock instead of sleeping.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intercom_sandbox.server import SandboxHandle

pytestmark = pytest.mark.timeout(60)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exports.md"


def examples() -> dict[str, str]:
    text = DOCS.read_text()
    return dict(re.findall(r"<!-- example: ([\w-]+) -->\n```python\n(.*?)```", text, re.S))


def test_all_examples_found() -> None:
    assert set(examples()) == {"content-sync", "content-async", "reporting-sync", "reporting-async"}


@pytest.mark.parametrize(
    ("name", "produced"),
    [
        ("content-sync", "messages.csv"),
        ("content-async", "messages.csv.gz"),
        ("reporting-sync", "conversations.csv"),
        ("reporting-async", None),
    ],
)
def test_example_runs(
    name: str,
    produced: str | None,
    sandboxed: Path,
    sandbox: SandboxHandle,
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(examples()[name], f"docs/exports.md:{name}", "exec"), {"__name__": "__example__"})
    out = capsys.readouterr().out
    assert out.strip()
    files = sorted(p.name for p in sandboxed.iterdir())
    if produced is None:
        assert files == []
        assert len(out.splitlines()) > 1  # rows printed
    else:
        assert files == [produced]
        rows = int(out.strip().splitlines()[-1].split()[0])
        assert rows > 0
    assert all(job["status"] in ("completed", "complete") for job in sandbox.state()["jobs"])
