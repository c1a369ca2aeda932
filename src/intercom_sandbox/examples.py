"""Response examples of the spec: what an operation answers when the sandbox has nothing better.

An operation's documented 2xx response gives the status and, through its first example (or, without
one, a small instance built from its schema), the shape every generic answer starts from.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["example_of", "instance_of", "success"]

#: Deepest schema nesting the instance builder follows (schemas are recursive: conversation parts...).
_MAX_DEPTH = 6


def resolve(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and "$ref" in node and depth < 32:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
        depth += 1
    return node


def success(doc: dict[str, Any], operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """The operation's first documented 2xx status and its content (None when it has no body)."""
    responses = operation.get("responses", {})
    for code in sorted(responses):
        if code.startswith("2") and code[:3].isdigit():
            response = resolve(doc, responses[code])
            content = response.get("content") if isinstance(response, dict) else None
            return int(code), content or None
    return 200, None


def example_of(doc: dict[str, Any], media: dict[str, Any]) -> Any:
    """The media's first example, or an instance built from its schema."""
    examples = media.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            value = resolve(doc, example)
            if isinstance(value, dict) and "value" in value:
                return copy.deepcopy(value["value"])
    if "example" in media:
        return copy.deepcopy(media["example"])
    return instance_of(doc, media.get("schema", {}))


def instance_of(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A small instance of ``schema`` from its examples, defaults and enums (for operations without an
    example); None where nothing is known."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            if key == "allOf":
                merged: dict[str, Any] = {}
                for member in schema[key]:
                    part = instance_of(doc, member, depth + 1)
                    if isinstance(part, dict):
                        merged.update(part)
                return merged
            return instance_of(doc, schema[key][0], depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {
            name: instance_of(doc, sub, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if depth < _MAX_DEPTH - 1
        }
    if kind == "array":
        return []
    return {"string": "", "integer": 0, "number": 0, "boolean": False}.get(str(kind))
