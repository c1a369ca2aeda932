"""Shared helpers of the benchmark suite: paths, the python-intercom baseline installs, timing, tables.

python-intercom (Intercom's official SDK) is a *benchmark-only* dependency, pinned in
benchmarks/requirements.txt; it never lands in the project's virtualenv. It is installed twice under
benchmarks/.work/: ``pip install --target sdk --no-deps`` (used with the project venv's httpx/pydantic by the
parsing benchmark and the cold start's "dev venv" rows; only the baseline's own processes put it on
``sys.path``), and a runtime-only virtualenv with its own dependencies (the cold start). The cold start also
builds our runtime-only virtualenv from our wheel (``ours_runtime_venv``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
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


# --- runtime-only virtualenvs (cold start) ----------------------------------------------------------------

BASE_PYTHON = str(Path(sys.base_prefix) / "bin" / "python3")


def _venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _make_venv(venv: Path, *pip_args: str) -> Path:
    """A fresh virtualenv with ``pip install pip_args`` (from PyPI), built next to ``venv`` then renamed,
    so that a half-built one is never reused."""
    tmp = venv.with_name(venv.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run([BASE_PYTHON, "-m", "venv", str(tmp)], check=True)
    pip = subprocess.run(
        [str(_venv_python(tmp)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pip_args],
        capture_output=True,
        text=True,
        check=False,
    )
    if pip.returncode != 0:
        raise SystemExit(f"pip install {' '.join(pip_args)} failed:\n{pip.stdout}{pip.stderr}")
    # venv scripts hard-code their directory; only bin/python is used here, which does not.
    shutil.rmtree(venv, ignore_errors=True)
    tmp.rename(venv)
    return venv


def ours_runtime_venv() -> tuple[Path, str]:
    """A virtualenv with our wheel and its runtime dependencies only (httpx, attrs, python-dateutil):
    what a library user installs. The wheel is rebuilt each time (hatchling builds are reproducible,
    ~2 s); the venv is cached under benchmarks/.work/ keyed by the wheel's sha256.
    Returns (venv python, wheel sha256)."""
    build_dir = WORK / "wheel"
    shutil.rmtree(build_dir, ignore_errors=True)
    build_dir.mkdir(parents=True)
    subprocess.run(
        [PYTHON, "-c", f"from hatchling.build import build_wheel; build_wheel({str(build_dir)!r})"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = build_dir.glob("*.whl")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    venv = WORK / f"venv-ours-{digest[:16]}"
    if not _venv_python(venv).exists():
        for old in WORK.glob("venv-ours-*"):
            shutil.rmtree(old, ignore_errors=True)
        log(f"cold start: creating {venv.relative_to(ROOT)} (our wheel + runtime deps from PyPI)")
        _make_venv(venv, str(wheel))
    return _venv_python(venv), digest


def sdk_runtime_venv() -> Path:
    """A virtualenv with python-intercom (the pin in requirements.txt) and its own dependencies only."""
    venv = WORK / f"venv-{SDK_PIN.replace('==', '-')}"
    if not _venv_python(venv).exists():
        log(f"cold start: creating {venv.relative_to(ROOT)} ({SDK_PIN} + its deps from PyPI)")
        _make_venv(venv, SDK_PIN)
    return _venv_python(venv)


def installed(python: Path | str, *dists: str) -> str:
    """``name version`` of the distributions in the environment of ``python`` (for the tables)."""
    code = (
        "import importlib.metadata as m, sys\nprint(', '.join(f'{d} {m.version(d)}' for d in sys.argv[1:]))"
    )
    return subprocess.run(
        [str(python), "-c", code, *dists], capture_output=True, text=True, check=True
    ).stdout.strip()


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
