"""5. Regeneration: the full pipeline vs the bare generator on the same inputs, and a no-op regeneration.

Everything runs in a scratch copy of the repository's inputs (benchmarks/.work/regen/root: openapi/ with
the materialised descriptions, overlays/, templates/, generator-config.yaml, generated/), selected with
``INTERCOM_REPO``, so the real generated/ and build/ are never touched.

* full: ``python -m intercom_codegen regenerate --force --no-check --jobs 2`` (every version: YAML load,
  overlays, normaliser, openapi-python-client with templates/ and its ruff hooks, sync into
  generated/, manifest), one process, wall time. Its output is compared with the committed generated/.
* bare generator: for each version, ``openapi-python-client generate --path <overlaid JSON> --meta none
  --config <generator-config.yaml + the version's package name/version> --custom-template-path
  templates --output-path ...``, one after the other; the sum of the wall times. The overlaid JSON is
  what the pipeline feeds the generator (``spec.overlaid(spec.load_upstream(v), vpin)``), written
  once before timing. Its output is compared with the full run's (same files, same bytes).
* no-op: ``python -m intercom_codegen regenerate`` on the unchanged copy (every version skipped), median
  of 3 processes.

Targets: full <= 1.1 x (bare sum / cores used); no-op < 2 s.

Usage: python -m benchmarks.regeneration [--versions 2.14,2.15] [--jobs 2]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks._common import (
    PYTHON,
    ROOT,
    SUMMARY_HEADER,
    WORK,
    Result,
    Row,
    fmt_s,
    log,
    markdown_table,
    median,
)

TARGET_FULL = 1.1
TARGET_NOOP = 2.0
REGEN = WORK / "regen"
COPY = REGEN / "root"
BARE_OUT = REGEN / "bare"
INPUTS = REGEN / "inputs"
CLI = str(Path(sys.executable).with_name("openapi-python-client"))


def _ignore(_: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__"]


def make_copy() -> None:
    """A fresh copy of the pipeline's inputs and of generated/ (the real tree is never written)."""
    shutil.rmtree(COPY, ignore_errors=True)
    COPY.mkdir(parents=True)
    for name in ("openapi", "overlays", "templates", "generated"):
        shutil.copytree(ROOT / name, COPY / name, ignore=_ignore)
    shutil.copy2(ROOT / "generator-config.yaml", COPY / "generator-config.yaml")


def env_for_copy() -> dict[str, str]:
    return {**os.environ, "INTERCOM_REPO": str(COPY)}


def prepare_inputs(versions: list[str]) -> dict[str, tuple[Path, Path, str]]:
    """Per version: the overlaid JSON and a generator config file, exactly as the pipeline uses them."""
    sys.path.insert(0, str(ROOT / "src"))
    from intercom_codegen import build, overlay, pin, spec

    pins = pin.load()
    overlays = overlay.load_all()
    config_text = (ROOT / "generator-config.yaml").read_text(encoding="utf-8")
    prepared = {}
    for version in versions:
        vpin = pins.get(version)
        folder = INPUTS / vpin.version
        digest = build.inputs_digest(vpin, overlays)
        json_path, config_path, stamp = folder / "openapi.json", folder / "config.yaml", folder / ".inputs"
        if not (stamp.is_file() and stamp.read_text() == digest and json_path.is_file()):
            folder.mkdir(parents=True, exist_ok=True)
            doc, _ = spec.overlaid(spec.load_upstream(vpin.version, pins), vpin, overlays)
            json_path.write_text(json.dumps(doc, sort_keys=False), encoding="utf-8")
            config_path.write_text(
                config_text
                + f"\npackage_name_override: {vpin.package}\n"
                + f"package_version_override: {json.dumps(vpin.header)}\n"
                + f"project_name_override: {vpin.package}\n",
                encoding="utf-8",
            )
            stamp.write_text(digest)
        prepared[vpin.version] = (json_path, config_path, vpin.package)
    return prepared


def children_cpu() -> float:
    """CPU seconds (user + sys) of every waited-for child process so far (workers and ruff included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_bare(prepared: dict[str, tuple[Path, Path, str]]) -> tuple[dict[str, float], float]:
    """Wall seconds per version, and the CPU seconds of all of them."""
    shutil.rmtree(BARE_OUT, ignore_errors=True)
    BARE_OUT.mkdir(parents=True)
    times = {}
    # The post hooks call `ruff`: the one beside this interpreter (as intercom_codegen.build arranges), even
    # when the venv is not activated; without it the hooks fail and the generator skips formatting.
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    cpu0 = children_cpu()
    for version, (json_path, config_path, package) in prepared.items():
        started = time.perf_counter()
        proc = subprocess.run(
            [
                CLI,
                "generate",
                "--path",
                str(json_path),
                "--meta",
                "none",
                "--config",
                str(config_path),
                "--custom-template-path",
                str(ROOT / "templates"),
                "--output-path",
                str(BARE_OUT / package),
                "--overwrite",
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=BARE_OUT,
            env=env,
        )
        times[version] = time.perf_counter() - started
        said = proc.stdout + proc.stderr
        if (
            proc.returncode != 0 or "encountered" in said or "not in PATH" in said
        ):  # the pipeline allows no warnings
            raise RuntimeError(
                f"bare generator failed on {version}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
            )
        log(f"regeneration: bare generator {version}: {times[version]:.1f} s")
    return times, children_cpu() - cpu0


def run_full(versions: list[str], jobs: int) -> tuple[float, float]:
    """Wall seconds of the whole `regenerate` process, and its CPU seconds (workers and ruff included)."""
    cpu0 = children_cpu()
    started = time.perf_counter()
    proc = subprocess.run(
        [
            PYTHON,
            "-m",
            "intercom_codegen",
            "regenerate",
            *versions,
            "--force",
            "--no-check",
            "--jobs",
            str(jobs),
        ],
        env=env_for_copy(),
        capture_output=True,
        text=True,
        check=False,
        cwd=COPY,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"full regeneration failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return elapsed, children_cpu() - cpu0


def run_noop(versions: list[str], runs: int = 3) -> tuple[list[float], str]:
    times, last = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [PYTHON, "-m", "intercom_codegen", "regenerate", *versions],
            env=env_for_copy(),
            capture_output=True,
            text=True,
            check=False,
            cwd=COPY,
        )
        times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            raise RuntimeError(f"no-op regeneration failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
        last = proc.stdout.strip().splitlines()[-1]
    return times, last


def differing_files(left: Path, right: Path, ignore: tuple[str, ...] = ()) -> list[str]:
    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.name not in ignore
        }

    a, b = files(left), files(right)
    changed = [f for f in sorted(a & b) if not filecmp.cmp(left / f, right / f, shallow=False)]
    return sorted(a ^ b) + changed


def run(versions: list[str] | None = None, jobs: int = 2, rounds: int = 2) -> Result:
    sys.path.insert(0, str(ROOT / "src"))
    from intercom_codegen import pin

    pins = pin.load()
    chosen = [pins.get(v).version for v in versions] if versions else list(pins.versions)
    cores = max(1, min(jobs, os.cpu_count() or 1, len(chosen)))
    log(f"regeneration: preparing a scratch copy and the overlaid inputs of {len(chosen)} versions")
    make_copy()
    prepared = prepare_inputs(chosen)

    log("regeneration: no-op (unchanged inputs), 3 runs")
    noop_times, noop_line = run_noop(chosen)
    skipped = re.search(r"(\d+) regenerated, (\d+) unchanged", noop_line)
    all_skipped = bool(skipped) and skipped.group(1) == "0"

    fulls: list[tuple[float, float]] = []
    bares: list[tuple[dict[str, float], float]] = []
    for i in range(rounds):  # interleaved: full, bare, full, bare...
        log(f"regeneration: round {i + 1}/{rounds}: full, {len(chosen)} versions, --jobs {jobs}")
        fulls.append(run_full(chosen, jobs))
        log(
            f"regeneration: round {i + 1}/{rounds}: bare generator CLI, {len(chosen)} versions one after the other"
        )
        bares.append(run_bare(prepared))
    full = median([f[0] for f in fulls])
    full_cpu = median([f[1] for f in fulls])
    bare_sums = [sum(b[0].values()) for b in bares]
    bare_sum = median(bare_sums)
    bare_cpu = median([b[1] for b in bares])
    bare_times = {v: median([b[0][v] for b in bares]) for v in bares[0][0]}
    drift = []
    for version in chosen:
        package = prepared[version][2]
        drift += [
            f"{package}/{f}"
            for f in differing_files(ROOT / "generated" / package, COPY / "generated" / package)
        ]
    mismatch = []
    for version in chosen:
        package = prepared[version][2]
        # py.typed is written by the pipeline (PEP 561); the generator writes it only with project metadata.
        mismatch += differing_files(COPY / "generated" / package, BARE_OUT / package, ignore=("py.typed",))

    budget = TARGET_FULL * bare_sum / cores
    result = Result("regeneration")
    result.rows.append(
        Row(
            f"5. full regeneration, {len(chosen)} versions, {cores} jobs",
            fmt_s(full),
            f"bare generator {fmt_s(bare_sum)} sum, /{cores} cores = {fmt_s(bare_sum / cores)}",
            f"{full / (bare_sum / cores):.2f}x bare/cores",
            f"<= {TARGET_FULL}x bare/cores",
            full <= budget,
        )
    )
    noop = median(noop_times)
    result.rows.append(
        Row(
            "5. no-op regeneration (nothing changed)",
            f"{noop:.2f} s",
            "-",
            "-",
            f"< {TARGET_NOOP:g} s",
            noop < TARGET_NOOP and all_skipped,
        )
    )
    result.rows.append(
        Row(
            "5. full regeneration CPU time vs bare generator CPU time",
            f"{full_cpu:.1f} s CPU",
            f"bare generator {bare_cpu:.1f} s CPU",
            f"{full_cpu / bare_cpu:.2f}x",
            "-",
            None,
        )
    )
    rows = [[v, f"{t:.1f}"] for v, t in bare_times.items()]
    rows.append(["sum", f"{bare_sum:.1f}"])
    result.details.append(
        f"Regeneration ({len(chosen)} versions; {cores} cores used by the pipeline; {rounds} interleaved rounds, "
        f"medians). Full `regenerate --force --no-check --jobs {jobs}`: "
        + ", ".join(f"{w:.1f} s wall / {c:.1f} s CPU" for w, c in fulls)
        + ". Bare generator sums: "
        + ", ".join(f"{w:.1f} s wall / {b[1]:.1f} s CPU" for w, b in zip(bare_sums, bares, strict=True))
        + ". CPU = user + sys of the process and its children (pool workers, ruff). Wall over CPU shows how "
        "many cores the run really got: other processes on the machine slow the parallel run more than the "
        "sequential one. Bare generator per version, seconds of wall time (median):\n\n"
        + markdown_table(("version", "bare generator s"), rows)
        + f"\n\nNo-op `regenerate`: {', '.join(f'{t:.2f}' for t in noop_times)} s; it printed: `{noop_line}`."
        + f"\nFull run output vs committed generated/: {len(drift)} files differ"
        + (f" ({', '.join(drift[:5])}...)" if drift else "")
        + f". Bare generator output vs full run output (py.typed aside): {len(mismatch)} files differ"
        + (f" ({', '.join(mismatch[:5])}...)" if mismatch else "")
        + "."
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--versions", default="", help="comma-separated (default: every pinned version)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    result = run([v for v in args.versions.split(",") if v] or None, args.jobs, args.rounds)
    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
