"""Checks on a generated package: every module imports, every response example in its spec parses.

Run as `python -m intercom_codegen.checks <package_dir> <overlaid_spec.json>` (a fresh interpreter, so
imports are real); prints a JSON summary. The tests import the same functions.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from intercom_codegen.schemas import operations

JSON_MEDIA = ("application/json",)


def module_names(package_dir: Path) -> list[str]:
    """Dotted names of every module of the package (its parent must be on sys.path)."""
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        names.append(".".join(parts))
    return names


def import_all(package_dir: Path) -> tuple[int, list[str]]:
    """Import every module; returns (count, failures)."""
    failures = []
    names = module_names(package_dir)
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"import {name}: {exc!r}")
    return len(names), failures


def response_examples(doc: dict[str, Any]) -> Iterator[tuple[str, str, int, str, Any]]:
    """(method, path, status, example name, value) for every JSON response example of the spec."""
    examples_components = (doc.get("components") or {}).get("examples") or {}
    for path, method, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).isdigit() or not isinstance(response, dict):
                continue
            for media_type, media in (response.get("content") or {}).items():
                if media_type not in JSON_MEDIA or not isinstance(media, dict):
                    continue
                if "example" in media:
                    yield method.upper(), path, int(status), "example", media["example"]
                for name, example in (media.get("examples") or {}).items():
                    if isinstance(example, dict) and "$ref" in example:
                        example = examples_components.get(example["$ref"].rsplit("/", 1)[-1], {})
                    if isinstance(example, dict) and "value" in example:
                        yield method.upper(), path, int(status), name, example["value"]


def endpoint_module(package: str, method: str, path: str) -> ModuleType:
    """The generated module implementing `METHOD /path` (via the package's api.OPERATIONS index)."""
    index = importlib.import_module(f"{package}.api").OPERATIONS
    return importlib.import_module(f"{package}.api.{index[f'{method} {path}']}")


def parse_example(package: str, method: str, path: str, status: int, value: Any) -> Any:
    """Parse one example exactly as a real response is parsed by the generated code."""
    module = endpoint_module(package, method, path)
    client = importlib.import_module(f"{package}.client").Client(
        base_url="https://api.intercom.io", raise_on_unexpected_status=True
    )
    request = httpx.Request(method, "https://api.intercom.io" + path)
    response = httpx.Response(status, json=value, request=request)
    return module._parse_response(client=client, response=response)


def parse_all(package: str, doc: dict[str, Any]) -> tuple[int, list[str]]:
    """Parse every response example; returns (count, failures)."""
    count, failures = 0, []
    for method, path, status, name, value in response_examples(doc):
        count += 1
        try:
            parsed = parse_example(package, method, path, status, value)
        except Exception as exc:
            failures.append(f"example {method} {path} {status} {name!r}: {exc!r}")
            continue
        if parsed is None and value is not None:
            failures.append(f"example {method} {path} {status} {name!r}: parsed to None (body dropped)")
    return count, failures


def main(argv: list[str]) -> int:
    package_dir, spec_path = Path(argv[0]).resolve(), Path(argv[1])
    sys.path.insert(0, str(package_dir.parent))
    modules, import_failures = import_all(package_dir)
    doc = json.loads(spec_path.read_text(encoding="utf-8"))
    examples, parse_failures = parse_all(package_dir.name, doc)
    print(
        json.dumps(
            {
                "modules": modules,
                "modules_imported": modules - len(import_failures),
                "examples": examples,
                "examples_parsed": examples - len(parse_failures),
                "failures": import_failures + parse_failures,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
