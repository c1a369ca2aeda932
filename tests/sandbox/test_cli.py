"""The README's one command: python -m intercom_sandbox ... serves over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

from intercom_sandbox.__main__ import build_parser, config_from_args


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_help_lists_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intercom_sandbox", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for option in (
        "--host",
        "--port",
        "--seed",
        "--token",
        "--messages",
        "--export-delay",
        "--rate-limit",
        "--quirks",
    ):
        assert option in result.stdout


def test_options_reach_the_config() -> None:
    args = build_parser().parse_args(
        [
            "--seed",
            "7",
            "--messages",
            "1000000",
            "--export-delay",
            "10",
            "--rate-limit",
            "50",
            "--rate-window",
            "5",
            "--quirks",
            "all",
            "--token",
            "t",
        ]
    )
    config = config_from_args(args)
    assert (config.seed, config.messages, config.export_delay, config.rate_limit, config.rate_window) == (
        7,
        1_000_000,
        10.0,
        50,
        5,
    )
    assert config.quirks == {"omit_required", "nulls", "string_ids"}
    assert config.token == "t"


def test_server_starts_in_one_command() -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "intercom_sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--seed",
        "42",
        "--log-level",
        "warning",
        "--no-validate",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/_sandbox/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "sandbox did not start"
                time.sleep(0.05)
        assert health.json() == {"ok": True}
        contacts = httpx.get(f"http://127.0.0.1:{port}/contacts", headers={"Authorization": "Bearer x"})
        assert contacts.status_code == 200
        assert contacts.json()["total_count"] == 250
    finally:
        process.terminate()
        process.wait(timeout=10)
