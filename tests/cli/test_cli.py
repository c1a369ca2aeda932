"""The `intercom` command line tool: arguments and errors in process, exports end to end in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from intercom_client.cli import app, cli_terms, parse_when
from intercom_sandbox.server import SandboxHandle, SandboxServer

runner = CliRunner()
SECRET = "cli-test-token-4f1d9c"


def _intercom() -> list[str]:
    """The installed console script, else the module (both are `intercom_client.cli:main`)."""
    script = Path(sys.executable).parent / "intercom"
    return [str(script)] if script.exists() else [sys.executable, "-m", "intercom_client.cli"]


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")}
    return subprocess.run([*_intercom(), *args], capture_output=True, text=True, timeout=timeout, env=env)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


# --- help and arguments (in process) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ([], ["versions", "diff", "export", "sandbox", "--about"]),
        (["versions"], ["--json"]),
        (["diff"], ["VERSION@SOURCE", "--format"]),
        (["export"], ["content", "reporting", "datasets"]),
        (
            ["export", "content"],
            ["--since", "--until", "--output", "--token", "--version", "--region", "--base-url"],
        ),
        (
            ["export", "reporting"],
            ["--dataset", "--attributes", "--since", "--token", "--version", "--base-url"],
        ),
        (["export", "datasets"], ["--token", "--version", "--region", "--base-url"]),
        (["sandbox"], ["--port", "--host", "--seed", "passes through"]),
    ],
)
def test_help_everywhere(command: list[str], expected: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for word in expected:
        assert word in result.output


def test_about_is_the_tools_own_version() -> None:
    result = runner.invoke(app, ["--about"])
    assert result.exit_code == 0 and result.output.startswith("intercom ")


def test_versions_counts_operations_of_generated_packages() -> None:
    result = runner.invoke(app, ["versions", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["version"]: r for r in json.loads(result.output)}
    assert next(iter(rows)) == "2.7" and list(rows)[-1] == "Preview"
    assert rows["2.14"]["operations"] == 150 and rows["2.14"]["default"] is True
    assert rows["2.16"]["operations"] == 231 and rows["Preview"]["package"] == "intercom_preview"
    table = runner.invoke(app, ["versions"])
    assert table.exit_code == 0 and "intercom_v2_16" in table.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2026-13-01", "--until", "2026-01-31", "-o", "x.csv"], "is not a date"),
        (["--since", "2026-01-01", "-o", "x.csv"], "Missing option '--until'"),
        (["--since", "2026-01-01", "--until", "2026-01-31", "-o", "x.csv", "--region", "mars"], "--region"),
        (
            [
                "--since",
                "2026-01-01",
                "--until",
                "2026-01-31",
                "-o",
                "x.csv",
                "--region",
                "eu",
                "--base-url",
                "http://127.0.0.1:1",
            ],
            "not both",
        ),
        (
            ["--since", "2026-02-01", "--until", "2026-01-01", "-o", "x.csv", "--token", SECRET],
            "is after until",
        ),
        (
            [
                "--since",
                "2026-01-01",
                "--until",
                "2026-01-31",
                "-o",
                "x.csv",
                "--token",
                SECRET,
                "--version",
                "9.9",
            ],
            "unsupported Intercom-Version '9.9'",
        ),
        (["--since", "2025-01-01", "--until", "2026-01-31", "-o", "x.csv", "--token", SECRET], "90"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", "content", *args], terminal_width=200)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert SECRET not in result.output


def test_missing_token_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INTERCOM_ACCESS_TOKEN", "INTERCOM_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = runner.invoke(app, ["export", "datasets", "--base-url", "http://127.0.0.1:1"])
    assert result.exit_code == 2 and "INTERCOM_ACCESS_TOKEN" in result.output


def test_reporting_needs_attributes() -> None:
    result = runner.invoke(
        app,
        [
            "export",
            "reporting",
            "--dataset",
            "ticket",
            "--attributes",
            " , ",
            "--since",
            "2026-01-01",
            "--until",
            "2026-01-02",
            "-o",
            "x.csv",
        ],
    )
    assert result.exit_code == 2 and "at least one attribute" in result.output


def test_dates_accept_three_forms() -> None:
    from datetime import UTC, date, datetime

    assert parse_when("2026-01-31", "--until") == date(2026, 1, 31)
    assert parse_when("2026-01-31T10:00:00Z", "--until") == datetime(2026, 1, 31, 10, tzinfo=UTC)
    assert parse_when("1767225600", "--since") == 1767225600


def test_diff_between_versions(tmp_path: Path) -> None:
    from intercom_codegen import pin

    try:
        pin.materialise(["2.14", "2.15"])
    except (pin.PinError, OSError) as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"pinned descriptions unavailable: {exc}")
    out = tmp_path / "cl.json"
    result = runner.invoke(app, ["diff", "2.14", "2.15", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    # 3 breaking: response enum values removed (their generated members are gone; docs/changelog/README.md).
    assert "55 changes, 3 breaking" in result.output
    assert json.loads(out.read_text())["summary"]["operations_added"] == 12
    bad = runner.invoke(app, ["diff", "2.14", "7.7"])
    assert bad.exit_code == 2 and "unknown Intercom-Version '7.7'" in bad.output


# --- end to end against the sandbox (subprocess, real HTTP) -------------------------------------------

e2e = pytest.mark.timeout(120)


def _api(sandbox: SandboxHandle) -> list[str]:
    return ["--base-url", sandbox.url, "--token", SECRET, "--poll-interval", "0.1"]


@e2e
def test_export_content_end_to_end(
    sandbox: SandboxHandle, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    sandbox.configure(export_delay=0.5)
    messages = sandbox_server.workspace.data.messages
    since, until = messages.created_at(100), messages.created_at(300)
    out = tmp_path / "messages.csv"
    result = _run(
        "export", "content", "--since", str(since), "--until", str(until), "-o", str(out), *_api(sandbox)
    )
    assert result.returncode == 0, result.stderr
    ids = [row["message_id"] for row in _rows(out)]
    assert ids == [messages.message_id(i) for i in messages.range_inclusive(since, until)]
    assert f"wrote {len(ids)} rows (CSV" in result.stdout
    assert "done (completed)" in result.stderr  # the progress lines (plain, not a terminal)
    assert SECRET not in result.stdout + result.stderr
    assert [j["status"] for j in sandbox.state()["jobs"]] == ["completed"]


@e2e
def test_export_content_gzip_with_dates(sandbox: SandboxHandle, tmp_path: Path) -> None:
    import gzip
    from datetime import UTC, datetime

    sandbox.configure(export_delay=0.5)
    _, w1 = sandbox.state()["messages_window"]
    day = datetime.fromtimestamp(w1 - 86_400 * 5, UTC).date().isoformat()
    out = tmp_path / "day.csv.gz"
    result = _run("export", "content", "--since", day, "--until", day, "-o", str(out), *_api(sandbox))
    assert result.returncode == 0, result.stderr
    with gzip.open(out, "rt", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(row["created_at"] for row in rows)
    assert "compressed CSV" in result.stdout


@e2e
def test_export_reporting_end_to_end(sandbox: SandboxHandle, tmp_path: Path) -> None:
    sandbox.configure(export_delay=0.5)
    w0, w1 = sandbox.state()["messages_window"]
    out = tmp_path / "tickets.csv"
    result = _run(
        "export",
        "reporting",
        "--dataset",
        "ticket",
        "--attributes",
        "ticket_id,ticket_state",
        "--since",
        str(w0 - 86_400 * 400),
        "--until",
        str(w1),
        "-o",
        str(out),
        *_api(sandbox),
    )
    assert result.returncode == 0, result.stderr
    rows = _rows(out)
    assert rows and list(rows[0]) == ["ticket_id", "ticket_state"]
    assert f"wrote {len(rows)} rows" in result.stdout


@e2e
def test_export_api_error_exits_1(sandbox: SandboxHandle, tmp_path: Path) -> None:
    result = _run(
        "export",
        "reporting",
        "--dataset",
        "nope",
        "--attributes",
        "a",
        "--since",
        "2026-01-01",
        "--until",
        "2026-01-02",
        "-o",
        str(tmp_path / "x.csv"),
        *_api(sandbox),
    )
    assert result.returncode == 1
    assert (
        "error: the API answered 400" in result.stderr and "nope is not a valid dataset_id" in result.stderr
    )
    assert "Traceback" not in result.stderr and SECRET not in result.stdout + result.stderr
    assert not (tmp_path / "x.csv").exists()


@e2e
def test_ctrl_c_cancels_the_job_and_exits_130(sandbox: SandboxHandle, tmp_path: Path) -> None:
    sandbox.configure(export_delay=600)
    _, w1 = sandbox.state()["messages_window"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")}
    proc = subprocess.Popen(
        [
            *_intercom(),
            "export",
            "content",
            "--since",
            str(w1 - 86_400),
            "--until",
            str(w1),
            "-o",
            str(tmp_path / "x.csv"),
            *_api(sandbox),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while not sandbox.state()["jobs"] and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:  # pragma: no cover - only on failure
            proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert [j["status"] for j in sandbox.state()["jobs"]] == ["canceled"]


def test_console_script_is_installed() -> None:
    assert shutil.which("intercom") or (Path(sys.executable).parent / "intercom").exists()


# --- the tool's version, errors in command-line terms -------------------------------------------------------


def test_version_is_the_tools_own_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("intercom ")
    help_text = runner.invoke(app, ["export", "content", "--help"], terminal_width=200).output
    assert "--intercom-version" in help_text  # after a command, --version stays the Intercom-Version


def test_errors_name_flags_not_python_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INTERCOM_ACCESS_TOKEN", "INTERCOM_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = runner.invoke(app, ["api", "GET", "/me", "--base-url", "http://127.0.0.1:1"], terminal_width=200)
    assert result.exit_code == 2
    assert "--token" in result.output and "token=" not in result.output


def test_cli_terms() -> None:
    assert (
        cli_terms("pass token=... or set INTERCOM_ACCESS_TOKEN")
        == "pass --token or set INTERCOM_ACCESS_TOKEN"
    )
    assert (
        cli_terms("choose one of us, eu, au or pass base_url=")
        == "choose one of us, eu, au or pass --base-url"
    )
    assert (
        cli_terms("create the client with version='2.14' or later") == "use --intercom-version 2.14 or later"
    )
    assert cli_terms("pass app_id= explicitly") == "pass --app-id explicitly"


# --- intercom api: any operation ----------------------------------------------------------------------------


def _call(sandbox: SandboxHandle, *args: str) -> Any:
    return runner.invoke(
        app, ["api", *args, "--base-url", sandbox.url, "--token", sandbox.token], terminal_width=200
    )


def test_api_get_prints_the_json(sandbox: SandboxHandle) -> None:
    result = _call(sandbox, "GET", "/me")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["type"] == "admin"
    assert sandbox.token not in result.output


def test_api_path_variables_query_and_retries(sandbox: SandboxHandle) -> None:
    contact_id = json.loads(_call(sandbox, "GET", "/contacts", "--query", "per_page=1").output)["data"][0][
        "id"
    ]
    sandbox.inject(f"/contacts/{contact_id}", "503", method="GET")  # retried by the client, unseen here
    result = _call(sandbox, "GET", f"/contacts/{contact_id}")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["id"] == contact_id


def test_api_search_is_retried_as_a_read_and_extra_query_is_sent(sandbox: SandboxHandle) -> None:
    # A POST is not retried after a 503 unless it is a search (which only reads): the CLI's request
    # takes the typed methods' path, which marks it so.
    sandbox.inject("/contacts/search", "503", method="POST")
    query = {"query": {"field": "role", "operator": "=", "value": "user"}, "pagination": {"per_page": 2}}
    result = _call(sandbox, "POST", "/contacts/search", "--data", json.dumps(query))
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["data"]) == 2
    # A query parameter the operation does not declare is still sent (here: one the sandbox ignores).
    listed = _call(sandbox, "GET", "/contacts", "--query", "per_page=1", "--query", "unknown_flag=1")
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)["data"]) == 1


def test_api_paginate_collects_the_items(sandbox: SandboxHandle) -> None:
    result = _call(sandbox, "GET", "/contacts", "--query", "per_page=2", "--paginate", "--max-items", "5")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert len(items) == 5 and len({item["id"] for item in items}) == 5


def test_api_body_is_checked_by_the_request_model(sandbox: SandboxHandle) -> None:
    query = {"query": {"field": "role", "operator": "=", "value": "user"}, "pagination": {"per_page": 3}}
    result = _call(sandbox, "POST", "/contacts/search", "--data", json.dumps(query))
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["data"]) == 3
    bad = _call(sandbox, "POST", "/contacts/search", "--data", '{"pagination": {"per_page": 3}}')
    assert bad.exit_code == 2 and "POST /contacts/search" in bad.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["DELETE", "/me"], 2, "this path takes GET"),
        (["GET", "/no/such/thing"], 2, "no operation GET /no/such/thing"),
        (["GET", "/contacts", "--query", "per_page"], 2, "NAME=VALUE"),
        (["GET", "/contacts", "--query", "per_page=many"], 2, "must be int"),
        (["POST", "/contacts/search", "--data", "{oops"], 2, "not JSON"),
        (["GET", "/contacts/no-such-contact"], 1, "404"),
    ],
)
def test_api_errors(sandbox: SandboxHandle, args: list[str], code: int, message: str) -> None:
    result = _call(sandbox, *args)
    assert result.exit_code == code, result.output
    assert message in result.output
