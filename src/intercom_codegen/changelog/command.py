"""`python -m intercom_codegen diff`: the spec changelog and the generated Python API diff."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from intercom_codegen import overlay, pin
from intercom_codegen.changelog.load import compare, consecutive_pairs
from intercom_codegen.changelog.model import Changelog, ChangelogError
from intercom_codegen.changelog.render import summary_table, version_name

# --- `python -m intercom_codegen diff` --------------------------------------------------------------

DIFF_HELP = """\
Compare two specs: A and B are VERSION or VERSION@SOURCE, SOURCE being a checkout directory of the
upstream repository, a description file, or a commit (fetched from the upstream raw URL). For two pinned
versions the output ends with the Python API diff of their generated packages (classes, enum members,
attributes, functions, parameters, return annotations). Examples:
  diff 2.14 2.15                       two pinned versions
  diff 2.16 Preview --format json      JSON (shape: docs/changelog/README.md)
  diff 2.16 2.16@../Intercom-OpenAPI   the pinned 2.16 against a newer checkout
  diff --all-pairs --summary           every consecutive pinned pair, counts only
"""


def register(sub: Any) -> None:
    """Add the `diff` command to `python -m intercom_codegen`'s subparsers."""
    import argparse

    parser = sub.add_parser(
        "diff",
        help="API changelog between two versions or two pins of one version",
        description=DIFF_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("a", nargs="?", help="old spec: VERSION[@SOURCE]")
    parser.add_argument("b", nargs="?", help="new spec: VERSION[@SOURCE]")
    parser.add_argument("--source-a", default=None, help="SOURCE of A (same as A@SOURCE)")
    parser.add_argument("--source-b", default=None, help="SOURCE of B (same as B@SOURCE)")
    parser.add_argument("--format", choices=("md", "json"), default="md", help="output format (default md)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="write to a file instead of stdout")
    parser.add_argument("--all-pairs", action="store_true", help="every consecutive pair of pinned versions")
    parser.add_argument("--summary", action="store_true", help="print only the per-pair counts table")
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=None,
        help="with --all-pairs: write <a>-to-<b>.md and .json per pair into this directory",
    )
    parser.set_defaults(func=run_diff)


def pair_name(log: Changelog) -> str:
    return f"{version_name(log.old)}-to-{version_name(log.new)}"


def write_pair(log: Changelog, directory: Path) -> list[Path]:
    """Write `<old>-to-<new>.md` and `.json` into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    md, js = directory / f"{pair_name(log)}.md", directory / f"{pair_name(log)}.json"
    md.write_text(log.to_markdown(), encoding="utf-8")
    js.write_text(log.to_json(), encoding="utf-8")
    return [md, js]


def run_diff(args: Any) -> int:

    try:
        if args.all_pairs:
            logs = [compare(a, b) for a, b in consecutive_pairs()]
            if args.out_dir:
                for log in logs:
                    for path in write_pair(log, args.out_dir):
                        print(f"wrote {path}", file=sys.stderr)
            if args.summary or not args.out_dir:
                text = summary_table(logs) + "\n"
            else:
                return 0
        else:
            if not args.a or not args.b:
                print("error: diff needs A and B (or --all-pairs)", file=sys.stderr)
                return 2
            a = f"{args.a}@{args.source_a}" if args.source_a else args.a
            b = f"{args.b}@{args.source_b}" if args.source_b else args.b
            log = compare(a, b)
            if args.summary:
                text = summary_table([log]) + "\n"
            else:
                text = log.to_json() if args.format == "json" else log.to_markdown()
    except (ChangelogError, pin.PinError, overlay.OverlayError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


__all__ = ["pair_name", "register", "run_diff", "write_pair"]
