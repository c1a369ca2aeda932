"""The fault matrix: every sandbox fault kind x every affected operation → success or a documented error.

Each case injects one fault on the operation's route (``times=1`` unless the row says persistent), runs
the operation through the public facade over real HTTP, and checks:

* the outcome is exactly the one in ``EXPECTED`` (``"ok"`` or an exception class name), which is the
  table in docs/exports.md ("Fault matrix");
* no file other than a committed download is left in the target directory (no ``.part`` files);
* no hang: every case is under ``pytest-timeout``; slow responses meet a 0.5 s client timeout.

List, search and scroll faults fire on the *second* page (``after=1``): mid-pagination is where a
client can lose its place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from intercom_client import Intercom
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client

pytestmark = pytest.mark.timeout(30)

#: (fault label, sandbox kind, times, extra options)
FAULTS: dict[str, tuple[str, int, dict[str, Any]]] = {
    "500": ("500", 1, {}),
    "502": ("502", 1, {}),
    "503": ("503", 1, {}),
    "429_retry_after": ("429_retry_after", 1, {"retry_after": 1}),
    "429_reset_only": ("429_reset_only", 1, {"reset_in": 2}),
    "connection_reset": ("connection_reset", 1, {"cut_at": 20}),
    "truncated_gzip": ("truncated_gzip", 1, {"cut_at": 20}),
    "slow": ("slow", 1, {"delay": 1.5}),
    "empty_body": ("empty_body", 1, {}),
    "scroll_500": ("scroll_500", 1, {}),
    "503_persistent": ("503", 10, {}),
    "connection_reset_persistent": ("connection_reset", 10, {"cut_at": 20}),
    "slow_persistent": ("slow", 10, {"delay": 1.5}),
    "truncated_gzip_persistent": ("truncated_gzip", 10, {"cut_at": 20}),
    "empty_body_persistent": ("empty_body", 10, {}),
}

OPERATIONS = ("create_export", "poll_status", "download", "contacts_page", "search_page", "scroll_page")

_OK = "ok"
#: The documented outcome of every cell (observed over real HTTP); anything not listed is "ok".
EXPECTED: dict[tuple[str, str], str] = {
    # Creating an export is a non-idempotent POST: after a 5xx, a cut or a timeout the job may exist,
    # so it is not resent (a blind resend would hit the one-job limit or duplicate work).
    ("500", "create_export"): "InternalServerError",
    ("502", "create_export"): "InternalServerError",
    ("503", "create_export"): "InternalServerError",
    ("503_persistent", "create_export"): "InternalServerError",
    ("connection_reset", "create_export"): "APIConnectionError",
    ("connection_reset_persistent", "create_export"): "APIConnectionError",
    ("truncated_gzip", "create_export"): "APIResponseParseError",
    ("slow", "create_export"): "APITimeoutError",
    ("slow_persistent", "create_export"): "APITimeoutError",
    ("empty_body", "create_export"): "APIResponseParseError",
    # A page that stays empty or cut (valid HTTP, not JSON) is asked for again twice, then surfaced.
    ("truncated_gzip_persistent", "contacts_page"): "APIResponseParseError",
    ("truncated_gzip_persistent", "search_page"): "APIResponseParseError",
    ("truncated_gzip_persistent", "scroll_page"): "APIResponseParseError",
    ("empty_body_persistent", "search_page"): "APIResponseParseError",
    ("empty_body_persistent", "contacts_page"): "APIResponseParseError",
    ("empty_body_persistent", "scroll_page"): "APIResponseParseError",
    ("truncated_gzip_persistent", "create_export"): "APIResponseParseError",
    ("empty_body_persistent", "create_export"): "APIResponseParseError",
    ("truncated_gzip_persistent", "download"): "IncompleteDownloadError",
    ("empty_body_persistent", "download"): "IncompleteDownloadError",
    ("truncated_gzip_persistent", "poll_status"): "APIResponseParseError",
    ("empty_body_persistent", "poll_status"): "APIResponseParseError",
    # Persistent failures exhaust the retries and surface typed.
    ("503_persistent", "poll_status"): "InternalServerError",
    ("503_persistent", "download"): "InternalServerError",
    ("503_persistent", "contacts_page"): "InternalServerError",
    ("503_persistent", "search_page"): "InternalServerError",
    ("503_persistent", "scroll_page"): "InternalServerError",
    ("connection_reset_persistent", "poll_status"): "APIConnectionError",
    ("connection_reset_persistent", "download"): "IncompleteDownloadError",
    ("connection_reset_persistent", "contacts_page"): "APIConnectionError",
    ("connection_reset_persistent", "search_page"): "APIConnectionError",
    ("connection_reset_persistent", "scroll_page"): "APIConnectionError",
    ("slow_persistent", "poll_status"): "APITimeoutError",
    ("slow_persistent", "download"): "APITimeoutError",
    ("slow_persistent", "contacts_page"): "APITimeoutError",
    ("slow_persistent", "search_page"): "APITimeoutError",
    ("slow_persistent", "scroll_page"): "APITimeoutError",
}


class Case:
    """One operation, prepared up to the point where the faulted request is made."""

    def __init__(self, client: Intercom, sandbox: SandboxHandle, tmp_path: Path) -> None:
        self.client = client
        self.sandbox = sandbox
        self.tmp_path = tmp_path
        self.start = sandbox.state()["messages_window"][0]

    def prepare(self, operation: str) -> tuple[str, str, int, Callable[[], object]]:
        """(path pattern, method, after, action) for ``operation``."""
        c = self.client
        if operation == "create_export":
            return (
                "/export/content/data",
                "POST",
                0,
                lambda: c.exports.create_content(self.start, self.start + 86_400),
            )
        if operation == "poll_status":
            job = c.exports.create_content(self.start, self.start + 86_400)
            return "/export/content/data/{id}", "GET", 0, lambda: job.wait(poll_interval=1)
        if operation == "download":
            job = c.exports.create_content(self.start, self.start + 5 * 86_400)
            job.wait()
            return "/download/content/data/{id}", "GET", 0, lambda: job.download(self.tmp_path / "out.csv")
        if operation == "contacts_page":
            return "/contacts", "GET", 1, lambda: list(c.contacts.list(per_page=50, max_items=120))
        if operation == "search_page":
            query = {"field": "role", "operator": "=", "value": "user"}
            return (
                "/contacts/search",
                "POST",
                1,
                lambda: list(c.contacts.search(query, per_page=50, max_items=120)),
            )
        if operation == "scroll_page":
            return "/companies/scroll", "GET", 1, lambda: list(c.companies.scroll())
        raise AssertionError(operation)


@pytest.fixture
def fault_client(sandbox: SandboxHandle, wire: Log, sleeps: list[float]) -> Iterator[Intercom]:
    client, http = make_client(sandbox, wire, sleeps, timeout=0.5)
    with http, client:
        yield client


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_matrix(
    fault: str, operation: str, fault_client: Intercom, sandbox: SandboxHandle, tmp_path: Path
) -> None:
    kind, times, options = FAULTS[fault]
    path, method, after, action = Case(fault_client, sandbox, tmp_path).prepare(operation)
    if kind == "scroll_500":
        after = 0  # it only matches requests carrying a scroll_param, i.e. from the second page on
    sandbox.inject(path, kind, method=method, times=times, after=after, **options)
    try:
        action()
        outcome = _OK
    except Exception as exc:  # the outcome is the class name, compared with the documented table
        outcome = type(exc).__name__
    assert outcome == EXPECTED.get((fault, operation), _OK)
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    if operation == "download" and outcome == _OK:
        assert leftovers == ["out.csv"]
    else:
        assert leftovers == []


def matrix_markdown() -> str:
    """The table as it appears in docs/exports.md (kept in sync by test_docs_table_matches)."""
    head = "| fault | " + " | ".join(OPERATIONS) + " |"
    sep = "|---" * (len(OPERATIONS) + 1) + "|"
    rows = [
        f"| {fault} | " + " | ".join(EXPECTED.get((fault, op), _OK) for op in OPERATIONS) + " |"
        for fault in FAULTS
    ]
    return "\n".join([head, sep, *rows])


def test_docs_table_matches() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "exports.md"
    assert matrix_markdown() in docs.read_text(), (
        "regenerate the table in docs/exports.md from matrix_markdown()"
    )
