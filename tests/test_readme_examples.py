"""The README's examples, run as written against the sandbox.

Every ``<!-- example: name -->`` block of README.md is executed verbatim. Only the environment differs:
the token comes from ``$INTERCOM_ACCESS_TOKEN``, and ``Intercom``/``AsyncIntercom`` are subclasses that
point at the sandbox and advance its clock instead of sleeping.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intercom_sandbox.server import SandboxHandle

pytestmark = pytest.mark.timeout(90)

README = Path(__file__).resolve().parents[1] / "README.md"
EXPECTED = {
    "typed-get-create-update-attach",
    "generic-call",
    "contacts-search-sync",
    "contacts-search-async",
    "companies-scroll-sync",
    "companies-scroll-async",
    "content-sync",
    "content-async",
    "reporting-sync",
    "reporting-async",
    "ai-content-sync",
}


def examples() -> dict[str, str]:
    return dict(re.findall(r"<!-- example: ([\w-]+) -->\n```python\n(.*?)```", README.read_text(), re.S))


def test_readme_has_every_example() -> None:
    assert set(examples()) == EXPECTED


def _run(name: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    exec(compile(examples()[name], f"README.md:{name}", "exec"), {"__name__": "__example__"})
    return capsys.readouterr().out.strip().splitlines()


@pytest.mark.parametrize("name", ["contacts-search-sync", "contacts-search-async"])
def test_contacts_search(name: str, sandboxed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run(name, capsys)
    ids = [line.split()[0] for line in lines]
    assert len(ids) > 50, "more than one page of 50 was walked"
    assert len(set(ids)) == len(ids), "no contact twice (the search cursor moved on every page)"


@pytest.mark.parametrize("name", ["companies-scroll-sync", "companies-scroll-async"])
def test_companies_scroll(
    name: str, sandboxed: Path, sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _run(name, capsys)
    assert lines[-1] == f"{sandbox.state()['counts']['companies']} companies"


@pytest.mark.parametrize(
    ("name", "produced"),
    [
        ("content-sync", "messages.csv"),
        ("content-async", "messages.csv.gz"),
        ("reporting-sync", "conversations.csv"),
    ],
)
def test_exports_write_their_file(
    name: str, produced: str, sandboxed: Path, sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _run(name, capsys)
    assert sorted(p.name for p in sandboxed.iterdir()) == [produced]
    rows = int(lines[-1].split()[0])
    assert rows > 0
    assert lines[-1].endswith(f"rows in {sandboxed / produced}") or lines[-1].endswith(f"rows in {produced}")
    assert all(job["status"] in ("completed", "complete") for job in sandbox.state()["jobs"])


def test_reporting_rows_streamed(sandboxed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run("reporting-async", capsys)
    assert len(lines) > 1 and all(line.strip() for line in lines)
    assert list(sandboxed.iterdir()) == []  # iter_rows() streams: nothing written to disk


def test_typed_get_create_update_attach(
    sandboxed: Path, sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _run("typed-get-create-update-attach", capsys)
    name, company = lines[-1].split(" -> ")
    assert name == "Ada Lovelace" and company
    import intercom_client  # the sandboxed subclass: the example's writes are visible through the API

    with intercom_client.Intercom(version="2.14") as client:
        query = {"field": "email", "operator": "=", "value": "ada@example.com"}
        found = client.contacts.search(query).to_list()
        assert [c.name for c in found] == ["Ada Lovelace"]
        assert [c.id for c in client.contacts.list_companies(found[0].id)] != []


def test_generic_call(sandboxed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    email, status, request_id, same = _run("generic-call", capsys)[-1].split()
    assert "@" in email and status == "200" and request_id and same == "True"


def test_ai_content_sync(sandboxed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run("ai-content-sync", capsys)
    assert lines[-1] == str({"created": 2, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0})
