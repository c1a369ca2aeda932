"""`intercom ai-content sync DIR`: a folder into Fin's content library, against the sandbox over real HTTP.

In process (typer's runner) with ``intercom_client.Intercom`` swapped for a subclass whose transport
logs every attempt, so "writes nothing" is counted on the wire; one end-to-end run of the installed
console script in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

import intercom_client
from intercom_client.cli import app
from intercom_sandbox.server import SandboxHandle

pytestmark = pytest.mark.timeout(120)

runner = CliRunner()
SOURCE = "https://docs.example.com/help"


class _Recorder(httpx.HTTPTransport):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.append(f"{request.method} {request.url.path}")
        return super().handle_request(request)


@pytest.fixture
def requests_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt the command's client makes (``METHOD /path``)."""
    log: list[str] = []

    class Recording(intercom_client.Intercom):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["http_client"] = httpx.Client(transport=_Recorder(log))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(intercom_client, "Intercom", Recording)
    return log


def sync(sandbox: SandboxHandle, folder: Path, *options: str) -> Any:
    return runner.invoke(
        app,
        [
            "ai-content",
            "sync",
            str(folder),
            "--source-url",
            SOURCE,
            "--token",
            sandbox.token,
            "--base-url",
            sandbox.url,
            "--json",
            *options,
        ],
    )


def counts(result: Any) -> dict[str, int]:
    """The last stdout line, as the command promises with --json."""
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def writes(log: list[str]) -> list[str]:
    return [r for r in log if not r.startswith("GET ")]


def make_folder(root: Path) -> Path:
    docs = root / "docs"
    (docs / "guides").mkdir(parents=True)
    (docs / "guides" / "install.md").write_text("# Install\n\nRun the installer.\n", encoding="utf-8")
    (docs / "guides" / "configure.md").write_text(
        "---\ntitle: Configure it\n---\nSet **options**.\n", encoding="utf-8"
    )
    (docs / "faq.html").write_text("<html><head><title>FAQ</title></head><body><p>Q</p></body></html>")
    (docs / "changelog.txt").write_text("Changelog\n\n1.0 released.\n", encoding="utf-8")
    (docs / "about.md").write_text("# About\n\nUs.\n", encoding="utf-8")
    (docs / "logo.png").write_bytes(b"\x89PNG\r\n")  # ignored: not a page
    return docs


def test_help_lists_the_options() -> None:
    result = runner.invoke(app, ["ai-content", "sync", "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for word in (
        "--source-url",
        "--delete-missing",
        "--dry-run",
        "--json",
        "--token",
        "--version",
        "--region",
        "--base-url",
    ):
        assert word in result.output
    from intercom_client._sync_plan import DEFAULT_MAX_HTML_BYTES

    assert f"[default: {DEFAULT_MAX_HTML_BYTES}]" in result.output


def test_folder_sync_creates_converges_then_dry_run_and_delete_missing_agree(
    sandbox: SandboxHandle, tmp_path: Path, requests_made: list[str]
) -> None:
    docs = make_folder(tmp_path)

    first = sync(sandbox, docs)
    assert first.exit_code == 0, first.output
    assert counts(first) == {"created": 5, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0}
    assert "5 created" in first.stdout
    assert writes(requests_made).count("POST /ai/external_pages") == 5

    requests_made.clear()
    second = sync(sandbox, docs)
    assert second.exit_code == 0, second.output
    assert counts(second) == {"created": 0, "updated": 0, "unchanged": 5, "deleted": 0, "failed": 0}
    assert writes(requests_made) == []

    (docs / "guides" / "install.md").write_text("# Install\n\nRun the new installer.\n", encoding="utf-8")
    (docs / "faq.html").write_text("<html><head><title>Questions</title></head><body><p>Q</p></body></html>")
    (docs / "about.md").unlink()
    requests_made.clear()

    dry = sync(sandbox, docs, "--delete-missing", "--dry-run")
    assert dry.exit_code == 0, dry.output
    expected = {"created": 0, "updated": 2, "unchanged": 2, "deleted": 1, "failed": 0}
    assert counts(dry) == expected
    assert "dry run, nothing written" in dry.stdout
    assert writes(requests_made) == []

    real = sync(sandbox, docs, "--delete-missing")
    assert real.exit_code == 0, real.output
    assert counts(real) == expected
    assert sorted(r.rsplit("/", 1)[0] for r in writes(requests_made)) == [
        "DELETE /ai/external_pages",
        "POST /ai",
        "POST /ai",
    ]

    with sandbox.client() as http:
        stored = {
            p["external_id"]: p
            for p in http.get("/ai/external_pages", params={"per_page": 150}).json()["data"]
        }
    assert "about.md" not in stored
    assert stored["faq.html"]["title"] == "Questions"
    assert stored["guides/configure.md"]["title"] == "Configure it"
    assert stored["guides/configure.md"]["html"] == "<p>Set <strong>options</strong>.</p>\n"
    assert stored["guides/install.md"]["url"] == "https://docs.example.com/help/guides/install.md"
    assert stored["changelog.txt"]["html"] == "<p>Changelog</p><p>1.0 released.</p>"


def test_bad_files_exit_2_are_listed_and_the_rest_still_syncs(
    sandbox: SandboxHandle, tmp_path: Path, requests_made: list[str]
) -> None:
    docs = make_folder(tmp_path)
    (docs / "latin1.txt").write_bytes("Caf\xe9 menu\n".encode("latin-1"))
    (docs / "untitled.md").write_text("No heading here.\n", encoding="utf-8")
    (docs / "copy.md").write_text("---\nexternal_id: about.md\n---\n# Copy of about\n", encoding="utf-8")
    (docs / "huge.html").write_text("<h1>Huge</h1>" + "<p>x</p>" * 200, encoding="utf-8")

    result = sync(sandbox, docs, "--max-html-bytes", "1000")

    assert result.exit_code == 2, result.output
    assert counts(result) == {"created": 4, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 5}
    assert "latin1.txt: refused: InvalidPageError: not UTF-8" in result.stderr
    assert "untitled.md: refused: InvalidPageError: empty title" in result.stderr
    assert "external id 'about.md' is given by 2 pages (about.md, copy.md)" in result.stderr
    assert "huge.html: refused: InvalidPageError: body is 1,613 bytes" in result.stderr
    assert writes(requests_made).count("POST /ai/external_pages") == 4


def test_source_url_must_be_http_before_any_request(
    sandbox: SandboxHandle, tmp_path: Path, requests_made: list[str]
) -> None:
    docs = make_folder(tmp_path)
    result = runner.invoke(
        app,
        [
            "ai-content",
            "sync",
            str(docs),
            "--source-url",
            "ftp://docs.example.com",
            "--base-url",
            sandbox.url,
        ],
    )
    assert result.exit_code == 2
    assert "http:// or https://" in result.stderr
    assert requests_made == []


def test_missing_or_empty_folder_exits_2(
    sandbox: SandboxHandle, tmp_path: Path, requests_made: list[str]
) -> None:
    assert sync(sandbox, tmp_path / "nope").exit_code == 2
    (tmp_path / "empty").mkdir()
    result = sync(sandbox, tmp_path / "empty", "--delete-missing")
    assert result.exit_code == 2 and "nothing to sync" in result.stderr
    assert requests_made == []


def test_api_failure_exits_1_and_lists_the_page(sandbox: SandboxHandle, tmp_path: Path) -> None:
    docs = make_folder(tmp_path)
    assert sync(sandbox, docs, "--dry-run").exit_code == 0
    sandbox.inject("/ai/external_pages", "500", method="POST", times=1, after=1)
    result = sync(sandbox, docs, "--concurrency", "1")
    assert result.exit_code == 1, result.output
    assert counts(result)["failed"] == 1 and counts(result)["created"] == 4
    assert "create failed: InternalServerError" in result.stderr
    rerun = sync(sandbox, docs)
    assert rerun.exit_code == 0 and counts(rerun)["created"] == 1


def test_console_script_end_to_end(sandbox: SandboxHandle, tmp_path: Path) -> None:
    """The installed `intercom` script, token from the environment, JSON as the last stdout line."""
    docs = make_folder(tmp_path)
    script = Path(sys.executable).parent / "intercom"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "intercom_client.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")}
    env["INTERCOM_ACCESS_TOKEN"] = sandbox.token
    done = subprocess.run(
        [
            *command,
            "ai-content",
            "sync",
            str(docs),
            "--source-url",
            SOURCE,
            "--base-url",
            sandbox.url,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "created": 5,
        "updated": 0,
        "unchanged": 0,
        "deleted": 0,
        "failed": 0,
    }
    assert sandbox.token not in done.stdout + done.stderr


def test_progress_bar_on_a_terminal(
    sandbox: SandboxHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rich treats stderr as a terminal under FORCE_COLOR: the bar counts pages done out of pages."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    docs = make_folder(tmp_path)
    result = sync(sandbox, docs)
    assert result.exit_code == 0, result.output
    assert "syncing pages" in result.stderr and "5/5" in result.stderr
    quiet = sync(sandbox, docs, "--quiet")
    assert "syncing pages" not in quiet.stderr
