"""Shared helpers of the benchmark suite: paths, the python-intercom baseline install, timing, tables.

python-intercom (Intercom's official SDK) is a *benchmark-only* dependency: it is pinned in
benchmarks/requirements.txt and installed with ``pip install --target benchmarks/.work/sdk --no-deps``,
so it never lands in the project's virtualenv. Only the baseline's own processes put that directory on
``sys.path`` (its dependencies, httpx/pydantic/typing_extensions, are the project venv's: the ``dev``
extra brings them through openapi-python-client).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
WORK = BENCH / ".work"
SDK_DIR = WORK / "sdk"
REQUIREMENTS = BENCH / "requirements.txt"
SDK_PIN = "python-intercom==5.0.1"
PYTHON = sys.executable


def log(message: str) -> None:
    """Progress goes to stderr so that stdout is only the tables."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the python-intercom baseline -----------------------------------------------------------------------


def sdk_version() -> str | None:
    """The python-intercom version installed in benchmarks/.work/sdk, or None."""
    for info in SDK_DIR.glob("python_intercom-*.dist-info"):
        return info.name.removeprefix("python_intercom-").removesuffix(".dist-info")
    return None


def ensure_sdk() -> Path:
    """Install the pinned python-intercom into benchmarks/.work/sdk (once), check it imports."""
    wanted = SDK_PIN.split("==", 1)[1]
    if sdk_version() != wanted:
        log(f"installing {SDK_PIN} into {SDK_DIR.relative_to(ROOT)} (benchmark-only, not the project venv)")
        subprocess.run(
            [
                PYTHON,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--upgrade",
                "--no-deps",
                "--target",
                str(SDK_DIR),
                "-r",
                str(REQUIREMENTS),
            ],
            check=True,
        )
    probe = subprocess.run(
        [PYTHON, "-c", "import intercom, pydantic; from intercom import Intercom; print(pydantic.VERSION)"],
        env=sdk_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        raise SystemExit(
            "python-intercom does not import with this venv's packages (it needs httpx, pydantic>=1.9.2, "
            "pydantic-core, typing_extensions; `pip install -e '.[dev]'` provides them):\n" + probe.stderr
        )
    return SDK_DIR


def sdk_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a baseline process: python-intercom importable, nothing else changed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SDK_DIR), os.environ.get("PYTHONPATH", "")])}
    env.update(extra or {})
    return env


# --- measuring ---------------------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """``min-max`` of the samples, for the detail tables."""
    return f"{min(values):.4g}-{max(values):.4g}"


def round_robin(
    variants: dict[str, Callable[[], float]], runs: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Run every variant ``runs`` times, interleaved (a, b, c, a, b, c...) so load from other processes on
    the machine hits all variants alike; the first ``warmup`` rounds are discarded."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for i in range(warmup + runs):
        for name, fn in variants.items():
            value = fn()
            if i >= warmup:
                samples[name].append(value)
    return samples


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes] | None = None, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server process exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {timeout} s")


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --- results ---------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the summary table: ours vs a baseline, as a ratio, against a target."""

    benchmark: str
    ours: str
    baseline: str
    ratio: str
    target: str
    met: bool | None  # None: informational row

    def cells(self) -> list[str]:
        verdict = "-" if self.met is None else ("yes" if self.met else "**NO**")
        return [self.benchmark, self.ours, self.baseline, self.ratio, self.target, verdict]


@dataclass
class Result:
    """What one benchmark module returns: summary rows and a detail table (Markdown lines)."""

    name: str
    rows: list[Row] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


SUMMARY_HEADER = ("benchmark", "ours", "baseline", "ratio", "target", "met?")


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
