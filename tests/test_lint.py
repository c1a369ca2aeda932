"""Hand-written code stays ruff-clean and ruff-formatted (generated/ is formatted by the pipeline)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ["src", "tests", "benchmarks"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *HAND_WRITTEN], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check_passes() -> None:
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_the_facade_and_the_sandbox() -> None:
    """The facade is the typed API users import (generated packages ship py.typed too); the sandbox is
    the server their integration tests run against."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "src/intercom_client", "src/intercom_sandbox"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
