"""Checks on a generated package: every module imports, every response example in its spec parses,
every member of every response union parses as itself, and no example key is left undeclared.

Run as `python -m intercom_codegen.checks <package_dir> <overlaid_spec.json>` (a fresh interpreter, so
imports are real); prints a JSON summary. The tests import the same functions.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from intercom_codegen.schemas import operations, reachable_components, ref_name, response_roots

#: The annotation normaliser rule D1 writes on each union member (see normalise.TAG).
TAG = "x-intercom-tag"

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


def _member_refs(schema: dict[str, Any]) -> list[str] | None:
    """The component names of a union of two or more components (None if it is not one)."""
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and len(members) >= 2:
            names = [ref_name(m) for m in members if isinstance(m, dict)]
            if len(names) == len(members) and all(names):
                return [n for n in names if n]
    return None


def _union_of(schema: dict[str, Any], schemas: dict[str, Any]) -> tuple[str | None, list[str]] | None:
    """(union component name or None, members) when `schema` is, or refers to, a union of components."""
    name = ref_name(schema)
    if name is None:
        wrapped = [m for m in schema.get("oneOf") or [] if isinstance(m, dict)]
        if len(wrapped) == 1:
            name = ref_name(wrapped[0])
    if name is not None and name in schemas:
        members = _member_refs(schemas[name])
        return (name, members) if members else None
    members = _member_refs(schema)
    return (None, members) if members else None


def response_union_cases(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(where, member, payload, how) for every member of every union a response can hold.

    `how` is `model:<Model>:<property>[:item]` (the union is a property, or the items of one, of a
    response model) or `op:<METHOD> <path>:<status>` (the union is a response body). The payload is
    the smallest one that carries the member's tag (the tag's value on itself, or on its parent).
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}
    roots = [schema for _, schema in response_roots(doc)]
    models = sorted(reachable_components(doc, roots))

    def payloads(member: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        tag = schemas[member].get(TAG)
        if not isinstance(tag, dict):
            yield {}, {}  # untagged: nothing can select this member; the case fails unless it is first
            return
        for value in tag["values"]:
            if tag["parent"]:
                yield {}, {tag["property"]: value}
            else:
                yield {tag["property"]: value}, {}

    for model in models:
        for prop_name, prop in (schemas[model].get("properties") or {}).items():
            if not isinstance(prop, dict):
                continue
            for is_item, schema in ((False, prop), (True, prop.get("items"))):
                found = _union_of(schema, schemas) if isinstance(schema, dict) else None
                if found is None:
                    continue
                for member in found[1]:
                    for own, parent in payloads(member):
                        body = {**parent, prop_name: [own] if is_item else own}
                        how = f"model:{model}:{prop_name}" + (":item" if is_item else "")
                        yield f"{model}.{prop_name}", member, body, how
    for path, method, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            media = (
                ((response or {}).get("content") or {}).get("application/json")
                if str(status).isdigit()
                else None
            )
            schema = media.get("schema") if isinstance(media, dict) else None
            found = _union_of(schema, schemas) if isinstance(schema, dict) else None
            if found is None:
                continue
            for member in found[1]:
                for own, _ in payloads(member):
                    yield (
                        f"{method.upper()} {path} {status}",
                        member,
                        own,
                        f"op:{method.upper()} {path}:{status}",
                    )


def check_unions(package: str, doc: dict[str, Any]) -> tuple[int, list[str]]:
    """Parse each member's payload where the union lives; returns (cases, failures)."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    models = importlib.import_module(f"{package}.models")
    count, failures = 0, []
    for where, member, payload, how in response_union_cases(doc):
        count += 1
        expected = str(ClassName(member, "field_"))
        try:
            if how.startswith("op:"):
                _, rest = how.split(":", 1)
                endpoint, status = rest.rsplit(":", 1)
                method, path = endpoint.split(" ", 1)
                parsed = parse_example(package, method, path, int(status), payload)
            else:
                _, model, prop, *item = how.split(":")
                holder = getattr(models, str(ClassName(model, "field_"))).from_dict(payload)
                parsed = getattr(holder, str(PythonIdentifier(prop, "field_")))
                parsed = parsed[0] if item else parsed
        except Exception as exc:
            failures.append(f"union {where}: {member} {payload!r} raised {exc!r}")
            continue
        if type(parsed).__name__ != expected:
            failures.append(f"union {where}: {member} {payload!r} parsed as {type(parsed).__name__}")
    return count, failures


def positional_enum_names(package_dir: Path) -> list[str]:
    """Enum members named by their position (`VALUE_3 = ...`): the name would move when a value is added."""
    found = []
    for path in sorted((package_dir / "models").glob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s+VALUE_\d+ = ", line):
                found.append(f"{path.stem}: {line.strip()}")
    return found


def _free_form(component: dict[str, Any] | None) -> bool:
    """A declared map (`additionalProperties: {...}` or an object without properties): its keys are data."""
    if component is None:
        return False
    extra = component.get("additionalProperties")
    return isinstance(extra, dict) or extra is True or not component.get("properties")


def _undeclared(parsed: Any, free_form: set[str], trail: str) -> Iterator[str]:
    """Paths of keys that landed in `additional_properties` of a model that declares its properties."""
    if isinstance(parsed, list):
        for index, item in enumerate(parsed):
            yield from _undeclared(item, free_form, f"{trail}[{index}]")
        return
    if not hasattr(parsed, "__attrs_attrs__"):
        return
    extra = getattr(parsed, "additional_properties", None) or {}
    if extra and type(parsed).__name__ not in free_form and len(parsed.__attrs_attrs__) > 1:
        yield from (f"{trail}.{key}" for key in extra)
    for attribute in parsed.__attrs_attrs__:
        if attribute.name != "additional_properties":
            yield from _undeclared(getattr(parsed, attribute.name), free_form, f"{trail}.{attribute.name}")


def undeclared_example_keys(package: str, doc: dict[str, Any]) -> tuple[int, list[str]]:
    """2xx response examples that leave keys undeclared (outside declared free-form maps)."""
    from openapi_python_client.strings import ClassName

    schemas = (doc.get("components") or {}).get("schemas") or {}
    free_form = {str(ClassName(name, "field_")) for name, schema in schemas.items() if _free_form(schema)}
    examples, found = 0, []
    for method, path, status, name, value in response_examples(doc):
        if not 200 <= status < 300:
            continue
        examples += 1
        try:
            keys = sorted(
                set(_undeclared(parse_example(package, method, path, status, value), free_form, "$"))
            )
        except Exception:
            continue  # counted by parse_all
        if keys:
            found.append(f"undeclared {method} {path} {status} {name!r}: {', '.join(keys[:5])}")
    return examples, found


def main(argv: list[str]) -> int:
    package_dir, spec_path = Path(argv[0]).resolve(), Path(argv[1])
    sys.path.insert(0, str(package_dir.parent))
    modules, import_failures = import_all(package_dir)
    doc = json.loads(spec_path.read_text(encoding="utf-8"))
    examples, parse_failures = parse_all(package_dir.name, doc)
    union_members, union_failures = check_unions(package_dir.name, doc)
    _, undeclared = undeclared_example_keys(package_dir.name, doc)
    print(
        json.dumps(
            {
                "modules": modules,
                "modules_imported": modules - len(import_failures),
                "examples": examples,
                "examples_parsed": examples - len(parse_failures),
                "union_members": union_members,
                "union_members_parsed": union_members - len(union_failures),
                "positional_enum_names": len(positional_enum_names(package_dir)),
                "examples_with_undeclared_keys": len(undeclared),
                "failures": import_failures + parse_failures + union_failures,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
