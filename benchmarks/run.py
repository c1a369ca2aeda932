"""Run the benchmark suite and print one Markdown table of ratios (targets and findings: docs/benchmarks.md).

    python -m benchmarks                   # everything (~10 minutes on 2 cores)
    python -m benchmarks --quick           # smaller sizes and fewer rounds (~3 minutes)
    python -m benchmarks --only cold,parse # a subset: cold, parse, paginate, export, burst, regen, aicontent

Each benchmark measures ours and its baselines side by side in the same run (interleaved where they
are repeated) and reports medians and ratios. Details per benchmark follow the summary table.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time

from benchmarks._common import ROOT, SUMMARY_HEADER, Result, load_average, log, markdown_table, sdk_version

ALL = ("cold", "parse", "paginate", "export", "burst", "regen", "aicontent")


def _tree_state() -> str:
    """HEAD, plus "+ uncommitted changes" when what the benchmarks measure (src/, generated/, templates/)
    differs from it: other people may commit while the suite runs, so it is read before and after."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], capture_output=True, text=True, check=False, cwd=ROOT
        ).stdout.strip()

    dirty = git("status", "--porcelain", "--", "src", "generated", "templates", "pyproject.toml")
    return (git("rev-parse", "--short", "HEAD") or "?") + (" + uncommitted changes" if dirty else "")


def run_one(name: str, quick: bool) -> Result:
    if name == "cold":
        from benchmarks import cold_start

        return cold_start.run(runs=5 if quick else 15)
    if name == "parse":
        from benchmarks import parsing

        return parsing.run(rounds=3 if quick else 5, quick=quick)
    if name == "paginate":
        from benchmarks import pagination

        return pagination.run(rounds=2 if quick else 5, contacts=2_000 if quick else 10_000)
    if name == "export":
        from benchmarks import export_download

        return export_download.run(sizes=(20, 100) if quick else (100, 500), rounds=1 if quick else 3)
    if name == "burst":
        from benchmarks import burst

        return burst.run(rounds=1 if quick else 3)
    if name == "regen":
        from benchmarks import regeneration

        return regeneration.run(versions=["2.14", "2.15"] if quick else None, rounds=1 if quick else 2)
    if name == "aicontent":
        from benchmarks import ai_content_sync

        return ai_content_sync.run(pages=200 if quick else 1_000)
    raise SystemExit(f"unknown benchmark {name!r}; choose from {', '.join(ALL)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default=",".join(ALL), help=f"comma-separated subset of {', '.join(ALL)}")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer rounds")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    for name in names:
        if name not in ALL:
            parser.error(f"unknown benchmark {name!r}; choose from {', '.join(ALL)}")
    started = time.perf_counter()
    wall_start = time.time()
    load_before = load_average()
    state_before = _tree_state()
    results = []
    for name in names:
        log(f"--- {name}")
        results.append(run_one(name, args.quick))
    elapsed = time.perf_counter() - started
    state_after = _tree_state()
    commit = (
        state_before
        if state_before == state_after
        else f"{state_before}, changed to {state_after} during the run"
    )
    print(f"## Benchmarks ({'quick' if args.quick else 'full'} run)\n")
    print(
        f"`python -m benchmarks{' --quick' if args.quick else ''}"
        f"{' --only ' + ','.join(names) if names != list(ALL) else ''}` at {commit}; "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, python-intercom {sdk_version() or '-'}; "
        f"started {time.strftime('%Y-%m-%d %H:%M %Z', time.localtime(wall_start))}; "
        f"load average before {load_before}, after {load_average()}; {elapsed / 60:.1f} min.\n"
    )
    print(markdown_table(SUMMARY_HEADER, [row.cells() for r in results for row in r.rows]))
    for r in results:
        for detail in r.details:
            print()
            print(detail)
    missed = [row.benchmark for r in results for row in r.rows if row.met is False]
    print(f"\n{len(missed)} target(s) missed" + (": " + "; ".join(missed) if missed else "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
