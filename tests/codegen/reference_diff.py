"""A second, independent differ of two OpenAPI descriptions, for checking the changelog against.

It shares no code with `intercom_codegen.changelog`: it flattens every schema into a set of leaves
(JSON-pointer-like tuples of the keywords the generated code is built from) and reports *where* the
leaves differ, as facts `(target, place)`:

* target: an operation ("GET /contacts/{id}") or a component name;
* place: "" (the operation or component itself), "parameter <in> <name>", "request", "response <status>",
  or a component, followed by the property path (`|a.b`) down to the shallowest schema whose kind
  (its `$ref` target, combinator or type) differs, or to the deepest property that holds the change.

Property paths stop at items, additionalProperties and combinator members (a change inside them is a
fact about the property that holds them). A moved operation is a removal plus an addition here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
#: Schema keywords whose leaves are compared as plain values.
VALUE_KEYWORDS = ("type", "format", "nullable", "default")
Leaf = tuple[Any, ...]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _kind(schema: Any) -> str:
    """What the generated code types a schema as: its reference, its combinator, or its type."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return "ref " + str(schema["$ref"])
    for key in ("allOf", "anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
                return "ref " + str(members[0]["$ref"])
            return key
    kind = schema.get("type")
    if kind is None:
        return "object" if "properties" in schema or "additionalProperties" in schema else "any"
    return str(kind)


def leaves(schema: Any) -> set[Leaf]:
    """Every semantic fact of a schema as a tuple path ending in its value; $refs are not followed."""
    out: set[Leaf] = set()
    if not isinstance(schema, dict):
        return out
    out.add(("kind", _kind(schema)))
    if schema.get("nullable") is True:
        out.add(("nullable", "true"))
    if "$ref" in schema:
        return out  # siblings of a plain $ref other than nullable generate nothing
    for key in VALUE_KEYWORDS:
        if key in schema and key != "nullable":
            out.add((key, _json(schema[key])))
    if isinstance(schema.get("enum"), list):
        out.add(("enum",))
        out.update(("enum", _json(v)) for v in schema["enum"])
    for key in ("allOf", "anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            # Members as a multiset of their own leaves: order-insensitive, descriptions ignored.
            counted = Counter(_json(sorted(map(list, leaves(m)))) for m in schema[key])
            out.update((key, member, n) for member, n in counted.items())
    if schema.get("type") in (None, "object"):
        properties = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        for name, sub in properties.items():
            out.update(("properties", name, *leaf) for leaf in leaves(sub))
            out.add(("properties", name, "present"))
        for name in schema.get("required") or []:
            if name in properties:  # the generator ignores a required name without a property
                out.add(("properties", name, "required"))
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out.update(("additionalProperties", *leaf) for leaf in leaves(extra))
        else:
            out.add(("additionalProperties", "false" if extra is False else "any"))
        if "discriminator" in schema:
            out.add(("discriminator", _json(schema["discriminator"])))
    if isinstance(schema.get("items"), dict):
        out.update(("items", *leaf) for leaf in leaves(schema["items"]))
    return out


def _node(schema: Any, path: list[str]) -> Any:
    for name in path:
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            return None
        schema = schema["properties"].get(name)
    return schema


def schema_facts(old: Any, new: Any) -> set[str]:
    """Property paths ("" = the schema itself) where two schemas differ."""
    found: set[str] = set()
    for leaf in leaves(old) ^ leaves(new):
        path: list[str] = []
        index = 0
        while index + 1 < len(leaf) and leaf[index] == "properties" and index + 2 < len(leaf):
            path.append(str(leaf[index + 1]))
            index += 2
        # Attribute the difference to the shallowest schema on the way whose kind changed.
        for depth in range(len(path) + 1):
            before, after = _node(old, path[:depth]), _node(new, path[:depth])
            if (
                before is None
                or after is None
                or _kind(before) != _kind(after)
                or ("$ref" in before and "$ref" in after)
            ):
                path = path[:depth]
                break
        found.add(".".join(path))
    return found


def _resolve(doc: dict[str, Any], obj: Any) -> Any:
    for _ in range(10):
        if not (isinstance(obj, dict) and isinstance(obj.get("$ref"), str)):
            break
        ref = obj["$ref"]
        if not ref.startswith("#/components/") or ref.startswith("#/components/schemas/"):
            break
        section, name = ref[len("#/components/") :].split("/", 1)
        obj = ((doc.get("components") or {}).get(section) or {}).get(name, {})
    return obj


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = dict(item[method])
                op["parameters"] = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                out[(method.upper(), re.sub(r"\{[^}]*\}", "{}", path))] = (path, op)
    return out


def _parameters(doc: dict[str, Any], path: str, op: dict[str, Any]) -> dict[tuple[str, Any], dict[str, Any]]:
    names = re.findall(r"\{([^}]*)\}", path)
    out: dict[tuple[str, Any], dict[str, Any]] = {}
    for raw in op.get("parameters") or []:
        param = _resolve(doc, raw)
        if not isinstance(param, dict) or "name" not in param:
            continue
        where, name = str(param.get("in", "query")), str(param["name"])
        key: tuple[str, Any] = (
            ("path", names.index(name)) if where == "path" and name in names else (where, name.lower())
        )
        out[key] = param
    return out


def _schemas_of(container: Any) -> dict[str, Any]:
    if not isinstance(container, dict):
        return {}
    return {
        str(media): body.get("schema")
        for media, body in (container.get("content") or {}).items()
        if isinstance(body, dict)
    }


def _content_facts(old: Any, new: Any) -> set[str]:
    before, after = _schemas_of(old), _schemas_of(new)
    if before.keys() != after.keys():
        if len(before) == len(after) == 1:
            found = {""}
            found |= schema_facts(next(iter(before.values())), next(iter(after.values())))
            return found
        found = {""}
        for media in before.keys() & after.keys():
            found |= schema_facts(before[media], after[media])
        return found
    found = set()
    for media in before:
        found |= schema_facts(before[media], after[media])
    return found


def _place(part: str, path: str) -> str:
    return f"{part}|{path}" if path else part


def facts(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> set[tuple[str, str]]:
    """Every (target, place) where the two descriptions differ (see the module docstring)."""
    out: set[tuple[str, str]] = set()
    old_ops, new_ops = _operations(old_doc), _operations(new_doc)
    for key in old_ops.keys() ^ new_ops.keys():
        path = (new_ops.get(key) or old_ops[key])[0]
        out.add((f"{key[0]} {path}", ""))
    for key in old_ops.keys() & new_ops.keys():
        (old_path, old_op), (new_path, new_op) = old_ops[key], new_ops[key]
        name = f"{key[0]} {new_path}"
        if (
            old_op.get("operationId") != new_op.get("operationId")
            and old_op.get("operationId")
            and new_op.get("operationId")
        ):
            out.add((name, ""))
        if (old_op.get("tags") or [])[:1] != (new_op.get("tags") or [])[:1]:
            out.add((name, ""))
        if (old_op.get("deprecated") is True) != (new_op.get("deprecated") is True):
            out.add((name, ""))
        old_params, new_params = (
            _parameters(old_doc, old_path, old_op),
            _parameters(new_doc, new_path, new_op),
        )
        for pkey in old_params.keys() | new_params.keys():
            param = new_params.get(pkey) or old_params[pkey]
            part = f"parameter {param.get('in', 'query')} {str(param['name']).lower()}"
            before, after = old_params.get(pkey), new_params.get(pkey)
            if before is None or after is None or before.get("name") != after.get("name"):
                out.add((name, part))
                if before is None or after is None:
                    continue
            if (before.get("required") is True) != (after.get("required") is True):
                out.add((name, part))
            out.update(
                (name, _place(part, p)) for p in schema_facts(before.get("schema"), after.get("schema"))
            )
        before_body = _resolve(old_doc, old_op.get("requestBody"))
        after_body = _resolve(new_doc, new_op.get("requestBody"))
        if isinstance(before_body, dict) != isinstance(after_body, dict):
            out.add((name, "request"))
        elif isinstance(before_body, dict):
            if (before_body.get("required") is True) != (after_body.get("required") is True):
                out.add((name, "request"))
            out.update((name, _place("request", p)) for p in _content_facts(before_body, after_body))
        old_responses = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
        new_responses = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
        for status in old_responses.keys() ^ new_responses.keys():
            out.add((name, f"response {status}"))
        for status in old_responses.keys() & new_responses.keys():
            before_r = _resolve(old_doc, old_responses[status])
            after_r = _resolve(new_doc, new_responses[status])
            out.update((name, _place(f"response {status}", p)) for p in _content_facts(before_r, after_r))
    old_schemas = (old_doc.get("components") or {}).get("schemas") or {}
    new_schemas = (new_doc.get("components") or {}).get("schemas") or {}
    for component in old_schemas.keys() ^ new_schemas.keys():
        out.add((component, ""))
    for component in old_schemas.keys() & new_schemas.keys():
        out.update(
            (component, _place("", p).lstrip("|"))
            for p in schema_facts(old_schemas[component], new_schemas[component])
        )
    return {(target, place.replace("||", "|")) for target, place in out}
