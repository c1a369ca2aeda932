"""The examples of docs/facade.md (pagination, resources, calls), run verbatim against the sandbox.

Each ```python block starting with ``# example: <name>`` is executed as written: the token comes from
``INTERCOM_ACCESS_TOKEN`` and the default ``us`` region is pointed at the sandbox for the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from intercom_client import _config
from intercom_sandbox.server import SandboxHandle

DOC = Path(__file__).resolve().parents[2] / "docs" / "facade.md"
BLOCK = re.compile(r"```python\n(# example: ([a-z0-9-]+)\n.*?)```", re.S)


def examples() -> dict[str, str]:
    return {name: code for code, name in BLOCK.findall(DOC.read_text())}


@pytest.fixture
def run_example(sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", sandbox.token)
    monkeypatch.delenv("INTERCOM_TOKEN", raising=False)
    monkeypatch.setitem(_config.REGIONS, "us", sandbox.url)

    def run(name: str) -> list[str]:
        code = examples()[name]
        exec(compile(code, f"{DOC.name}:{name}", "exec"), {"__name__": f"example_{name.replace('-', '_')}"})
        return capsys.readouterr().out.splitlines()

    return run


def _matching_user_ids(sandbox: SandboxHandle, query: dict[str, object]) -> set[str]:
    ids: set[str] = set()
    with sandbox.client() as api:
        body: dict[str, object] = {"query": query, "pagination": {"per_page": 150}}
        while True:
            page = api.post("/contacts/search", json=body).json()
            ids |= {c["id"] for c in page["data"]}
            nxt = page["pages"].get("next")
            if not nxt:
                return ids
            body["pagination"] = {"per_page": 150, "starting_after": nxt["starting_after"]}


def test_the_doc_has_all_its_examples() -> None:
    assert set(examples()) == {
        "construction",
        "generic-call",
        "resources",
        "contacts-search-sync",
        "contacts-search-async",
        "companies-scroll-sync",
        "companies-scroll-async",
    }


def test_contacts_search_sync(run_example, sandbox: SandboxHandle) -> None:  # type: ignore[no-untyped-def]
    lines = run_example("contacts-search-sync")
    expected = _matching_user_ids(
        sandbox,
        {
            "operator": "AND",
            "value": [
                {"field": "role", "operator": "=", "value": "user"},
                {"field": "email", "operator": "~", "value": "@"},
            ],
        },
    )
    printed = [line.split()[0] for line in lines]
    assert len(printed) == len(set(printed)) == len(expected) > 50  # more than one page of 50
    assert set(printed) == expected


def test_contacts_search_async(run_example, sandbox: SandboxHandle) -> None:  # type: ignore[no-untyped-def]
    lines = run_example("contacts-search-async")
    expected = _matching_user_ids(sandbox, {"field": "role", "operator": "=", "value": "user"})
    assert {line.split()[0] for line in lines} == expected
    assert len(lines) == len(expected)


def test_companies_scroll_sync(run_example) -> None:  # type: ignore[no-untyped-def]
    assert run_example("companies-scroll-sync") == ["120 companies"]


def test_companies_scroll_async(run_example, sandbox: SandboxHandle) -> None:  # type: ignore[no-untyped-def]
    assert run_example("companies-scroll-async") == ["120 companies"]
    # while another process holds the workspace's scroll, the example reports it instead of crashing
    with httpx.Client(base_url=sandbox.url, headers=sandbox.headers) as other:
        sandbox.advance(61)
        assert other.get("/companies/scroll").status_code == 200
    lines = run_example("companies-scroll-async")
    assert lines[0].startswith("scroll unavailable:") and lines[-1] == "0 companies"


def test_construction_example(run_example) -> None:  # type: ignore[no-untyped-def]
    assert run_example("construction") == []


def test_generic_call_example(run_example) -> None:  # type: ignore[no-untyped-def]
    assert run_example("generic-call") == ["True 200"]


def test_resources_example(run_example) -> None:  # type: ignore[no-untyped-def]
    lines = run_example("resources")
    assert lines[-1] == "True 200 True"
    assert all(line.startswith("company ") for line in lines[:-1])
