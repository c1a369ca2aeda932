"""`python -m intercom_codegen <command>`: the pipeline's commands (scripts/ holds one-line wrappers).

fetch        materialise openapi/<version>/api.intercom.io.yaml from the pin (sha256-checked)
regenerate   regenerate generated/ (incremental, parallel) and print the per-version table
check-drift  regenerate into a temporary directory and compare with generated/ byte for byte
table        print the per-version table recorded in generated/MANIFEST.json
diff         API changelog between two versions or two pins, and the generated Python API diff (Markdown or JSON)
update       move the pin to a new upstream commit, regenerate what changed, write its changelog
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from intercom_codegen import build, changelog, pin, update
from intercom_codegen.paths import GENERATED_DIR, MANIFEST_FILE

COLUMNS = (
    ("version", "version"),
    ("package", "package"),
    ("ops spec/gen", None),
    ("schemas", "schemas"),
    ("models", "models"),
    ("warnings", "warnings"),
    ("modules imported", None),
    ("examples parsed", None),
    ("union members as themselves", None),
    ("positional enum names", "positional_enum_names"),
    ("examples with undeclared keys", "examples_with_undeclared_keys"),
)


def _row(version: str, entry: dict[str, object]) -> list[str]:
    def ratio(done: object, total: object) -> str:
        if done is None or total is None:
            return "not checked"
        pct = 100.0 * float(done) / float(total) if total else 100.0  # type: ignore[arg-type]
        return f"{done}/{total} ({pct:.0f}%)"

    return [
        version,
        str(entry["package"]),
        ratio(entry["operations_generated"], entry["operations_in_spec"]),
        str(entry["schemas"]),
        str(entry["models"]),
        str(entry["warnings"]),
        ratio(entry["modules_imported"], entry["modules"]),
        ratio(entry["examples_parsed"], entry["examples"]),
        ratio(entry.get("union_members_parsed"), entry.get("union_members")),
        str(entry.get("positional_enum_names", "not checked")),
        str(entry.get("examples_with_undeclared_keys", "not checked")),
    ]


def format_table(rows: list[list[str]]) -> str:
    """A Markdown table (readable in a terminal and pasteable into the README)."""
    header = [name for name, _ in COLUMNS]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def cmd_fetch(args: argparse.Namespace) -> int:
    for vpin in pin.materialise(args.versions or None, source=args.source):
        print(f"{vpin.version:>5}  {vpin.sha256}  {vpin.local_path}")
    return 0


def cmd_regenerate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    results = build.regenerate(
        args.versions or None, force=args.force, check=not args.no_check, jobs=args.jobs
    )
    rows = []
    for r in results:
        rows.append(_row(r.version, r.manifest_entry()))
    print(format_table(rows))
    elapsed = time.perf_counter() - started
    skipped = sum(r.skipped for r in results)
    print(f"\n{len(results) - skipped} regenerated, {skipped} unchanged (skipped) in {elapsed:.1f} s")
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"\n{r.version}: FAILED", file=sys.stderr)
        for problem in r.problems or ["incomplete: see the table"]:
            print(f"  {problem}", file=sys.stderr)
    return 1 if failed else 0


def cmd_check_drift(args: argparse.Namespace) -> int:
    tmp, results = build.tempdir_regeneration()
    with tmp:
        problems = [p for r in results for p in r.problems]
        differ = build.compare_trees(GENERATED_DIR, Path(tmp.name))
    if problems or differ:
        for p in problems:
            print(f"generation problem: {p}", file=sys.stderr)
        for d in differ[:50]:
            print(f"differs: generated/{d}", file=sys.stderr)
        print(
            f"\ngenerated/ is not what its inputs produce ({len(differ)} files differ). Never edit generated/ "
            "by hand: change an overlay, a template or the config and run `python -m intercom_codegen regenerate`.",
            file=sys.stderr,
        )
        return 1
    print(f"generated/ matches a fresh regeneration of {len(results)} versions byte for byte")
    return 0


def cmd_table(args: argparse.Namespace) -> int:
    manifest = build.load_manifest(MANIFEST_FILE)
    print(format_table([_row(v, e) for v, e in manifest["versions"].items()]))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m intercom_codegen",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch", help="materialise the pinned upstream descriptions")
    fetch.add_argument("versions", nargs="*", help="versions (default: all pinned)")
    fetch.add_argument(
        "--source",
        type=Path,
        default=None,
        help="a local checkout of the upstream repository (default: ../shared/intercom-openapi "
        "if present, else the upstream raw URL at the pinned commit)",
    )
    fetch.set_defaults(func=cmd_fetch)
    regen = sub.add_parser("regenerate", help="regenerate generated/ (incremental)")
    regen.add_argument("versions", nargs="*", help="versions (default: all pinned)")
    regen.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    regen.add_argument("--no-check", action="store_true", help="skip the import and example checks")
    regen.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    regen.set_defaults(func=cmd_regenerate)
    drift = sub.add_parser("check-drift", help="fail if generated/ differs from a fresh regeneration")
    drift.set_defaults(func=cmd_check_drift)
    table = sub.add_parser("table", help="print the per-version table from generated/MANIFEST.json")
    table.set_defaults(func=cmd_table)
    changelog.register(sub)  # diff
    update.register(sub)  # update
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (pin.PinError, build.BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
