"""How noisy a regenerated diff is: lines changed by a description-only upstream edit.

Generates one version twice into a scratch directory with the pipeline's own generator call (overlaid
and normalised spec, templates/, generator-config.yaml, ruff hooks): once as pinned, once with one
operation's description edited (one sentence appended, as an upstream wording fix would). Prints the
`diff -r` line count between the two trees and the files it touches. Between two consecutive packages,
`diff -r generated/intercom_v2_14 generated/intercom_v2_15 | wc -l` is the other measure.

Usage: python -m benchmarks.diff_size [--version 2.14] [--operation searchContacts]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from intercom_codegen import build, pin, spec
from intercom_codegen.schemas import METHODS


def _operation(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in doc["paths"].values():
        for method in METHODS:
            if isinstance(item.get(method), dict) and item[method].get("operationId") == operation_id:
                return item[method]
    raise SystemExit(f"no operation {operation_id}")


def measure(version: str, operation_id: str) -> tuple[int, list[str]]:
    vpin = pin.load().get(version)
    with tempfile.TemporaryDirectory() as tmp:
        trees = []
        for edited in (False, True):
            doc = spec.load_overlaid(version)
            if edited:
                op = _operation(doc, operation_id)
                op["description"] = (op.get("description") or "") + "\n\nThis sentence is new."
            out = Path(tmp) / ("b" if edited else "a")
            json_path = Path(tmp) / f"{out.name}.json"
            json_path.write_text(__import__("json").dumps(doc), encoding="utf-8")
            warnings = build._run_generator(doc, vpin, json_path, out)
            assert not warnings, warnings
            trees.append(out)
        result = subprocess.run(["diff", "-r", *map(str, trees)], capture_output=True, text=True)
        lines = result.stdout.splitlines()
        files = sorted({line.split()[-1] for line in lines if line.startswith("diff -r")})
        return len(lines), [str(Path(f).relative_to(trees[1])) for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", default="2.14")
    parser.add_argument("--operation", default="searchContacts")
    args = parser.parse_args()
    count, files = measure(args.version, args.operation)
    print(f"{args.version} {args.operation}: description-only edit -> {count} lines of diff -r in {files}")


if __name__ == "__main__":
    main()
