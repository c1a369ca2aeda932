"""Walking the schema objects of an OpenAPI 3.0 document, and nothing else.

The normaliser's rules must touch schemas only: never an `example`, a `default` or an `enum` value
that happens to look like a schema. So instead of walking every dict in the document, this module
follows the places where OpenAPI 3.0 allows a Schema Object.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Location = tuple[str | int, ...]
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
COMBINATORS = ("allOf", "anyOf", "oneOf")
REF_PREFIX = "#/components/schemas/"


def pointer(location: Location) -> str:
    """JSON Pointer (RFC 6901) of a location, for reports and error messages."""
    return "#/" + "/".join(str(k).replace("~", "~0").replace("/", "~1") for k in location)


def jsonpath(location: Location) -> str:
    """Normalized JSONPath (RFC 9535 §2.7) of a location, for overlay targets."""
    out = "$"
    for key in location:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


def ref_name(schema: dict[str, Any]) -> str | None:
    """`#/components/schemas/contact` -> `contact`; None for other schemas."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return ref[len(REF_PREFIX) :]
    return None


def subschemas(schema: dict[str, Any], location: Location) -> Iterator[tuple[Location, dict[str, Any]]]:
    """The direct child schemas of a schema."""
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict):
            yield (*location, "properties", name), prop
    for key in ("items", "additionalProperties", "not"):
        child = schema.get(key)
        if isinstance(child, dict):
            yield (*location, key), child
    for key in COMBINATORS:
        members = schema.get(key)
        if isinstance(members, list):
            for index, member in enumerate(members):
                if isinstance(member, dict):
                    yield (*location, key, index), member


def walk_schema(schema: dict[str, Any], location: Location) -> Iterator[tuple[Location, dict[str, Any]]]:
    """A schema and every schema nested in it, parents before children."""
    yield location, schema
    for child_location, child in subschemas(schema, location):
        yield from walk_schema(child, child_location)


def _media_schemas(
    container: dict[str, Any], location: Location
) -> Iterator[tuple[Location, dict[str, Any]]]:
    for media_type, media in (container.get("content") or {}).items():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield (*location, "content", media_type, "schema"), media["schema"]


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def response_roots(doc: dict[str, Any]) -> Iterator[tuple[Location, dict[str, Any]]]:
    """Top-level schemas of every response body (operations and components.responses)."""
    for path, method, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict):
                yield from _media_schemas(response, ("paths", path, method, "responses", status))
    for name, response in ((doc.get("components") or {}).get("responses") or {}).items():
        if isinstance(response, dict):
            yield from _media_schemas(response, ("components", "responses", name))


def root_schemas(doc: dict[str, Any]) -> Iterator[tuple[Location, dict[str, Any]]]:
    """Every top-level schema position of the document."""
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema
    for path, method, op in operations(doc):
        base: Location = ("paths", path, method)
        for index, param in enumerate(op.get("parameters") or []):
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                yield (*base, "parameters", index, "schema"), param["schema"]
        body = op.get("requestBody")
        if isinstance(body, dict):
            yield from _media_schemas(body, (*base, "requestBody"))
    yield from response_roots(doc)
    for name, param in (components.get("parameters") or {}).items():
        if isinstance(param, dict) and isinstance(param.get("schema"), dict):
            yield ("components", "parameters", name, "schema"), param["schema"]
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from _media_schemas(body, ("components", "requestBodies", name))


def all_schemas(doc: dict[str, Any]) -> Iterator[tuple[Location, dict[str, Any]]]:
    """Every schema in the document (a snapshot: safe to mutate the yielded schemas)."""
    found = []
    for location, root in root_schemas(doc):
        found.extend(walk_schema(root, location))
    return iter(found)


def referenced_names(schema: dict[str, Any]) -> set[str]:
    """Names of the components a schema refers to directly or through nested schemas."""
    return {name for _, node in walk_schema(schema, ()) if (name := ref_name(node))}


def reachable_components(doc: dict[str, Any], roots: list[dict[str, Any]]) -> set[str]:
    """Component names reachable from `roots` through `$ref`s, transitively."""
    components = (doc.get("components") or {}).get("schemas") or {}
    todo = [name for root in roots for name in referenced_names(root)]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in components:
            continue
        seen.add(name)
        todo.extend(referenced_names(components[name]))
    return seen
