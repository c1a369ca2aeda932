"""Request validation against the OpenAPI description the client is generated from.

The sandbox should refuse what the real API refuses, and the only written contract is the spec. The
spec of a version comes from :func:`load_spec`: ``intercom_codegen.spec.load_overlaid`` (upstream +
overlays + normaliser, the same document the generated client is built from), or none (no validation,
logged) when no description can be reached. Loading takes ~0.5 s, so it happens lazily, once per version, and
compiled validators are cached per (version, method, path template).

OpenAPI 3.0 schemas are not JSON Schema: ``nullable`` becomes a ``"null"`` type, ``example``/``x-*``
are dropped, and ``$ref``s to ``#/components/schemas`` resolve through a ``referencing`` registry that
holds the converted components (Draft 4 semantics, which OpenAPI 3.0 follows).
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft4Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT4

from .errors import ApiError
from .versions import DESCRIBED

log = logging.getLogger("intercom_sandbox.validation")

METHODS = ("get", "put", "post", "delete", "patch")
#: Operations whose body may carry no parameter the spec does not declare ("bad 'x' parameter"):
#: the seeds and the spec's own 400 examples show the API refusing unknown keys on these.
STRICT_BODIES = {
    ("post", "/export/content/data"),
    ("post", "/export/reporting_data/enqueue"),
    ("post", "/companies"),
}
_DROP = {
    "example",
    "examples",
    "description",
    "title",
    "xml",
    "externalDocs",
    "deprecated",
    "discriminator",
    "readOnly",
    "writeOnly",
    "nullable",
}


def load_spec(version: str) -> tuple[dict[str, Any], str]:
    """The OpenAPI document of ``version`` ("2.14", "0") and where it came from.

    The one source is the pipeline's ``intercom_codegen.spec.load_overlaid`` (upstream + overlays +
    normaliser): the same document the generated client is built from. It finds the pinned descriptions
    itself (a checkout's ``../shared``, ``$INTERCOM_OPENAPI_SOURCE``, or the upstream raw URL, sha256-checked).
    """
    try:
        from intercom_codegen.spec import load_overlaid

        return load_overlaid(version), "overlaid"
    except Exception as exc:
        # No spec reachable (an installed package, offline, no INTERCOM_OPENAPI_SOURCE): serve without
        # request validation rather than failing every request.
        log.warning(
            "no OpenAPI description for %s (%r): requests are NOT validated. Set INTERCOM_OPENAPI_SOURCE to a "
            "checkout of github.com/intercom/Intercom-OpenAPI, or allow network access to fetch the pinned one.",
            version,
            exc,
        )
        return {"openapi": "3.0.1", "paths": {}, "components": {"schemas": {}}}, "none"


def to_json_schema(node: Any, base: str) -> Any:
    """Convert an OpenAPI 3.0 schema (sub)tree to Draft 4 JSON Schema."""
    if isinstance(node, list):
        return [to_json_schema(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        target = {"$ref": base + ref if ref.startswith("#") else ref}
        return {"anyOf": [target, {"type": "null"}]} if node.get("nullable") else target
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP or key.startswith("x-"):
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: to_json_schema(sub, base) for name, sub in value.items()}
        elif key == "oneOf":
            # Checked as anyOf: the descriptions' oneOf members overlap (POST /tags: a tag_company_request
            # is also a valid create_or_update_tag_request), and the API takes such bodies.
            out["anyOf"] = to_json_schema(value, base)
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf"):
            out[key] = to_json_schema(value, base)
        else:
            out[key] = value
    if node.get("nullable"):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@dataclass
class QueryParam:
    name: str
    required: bool
    schema: dict[str, Any]
    validator: Draft4Validator


@dataclass
class OperationValidator:
    """Everything needed to check one operation's request, compiled once."""

    template: str
    body: Draft4Validator | None = None
    body_required: bool = False
    body_properties: frozenset[str] | None = None
    query: list[QueryParam] = field(default_factory=list)


def literal_first(template: str) -> list[bool]:
    """Sort key of path templates matching one path: at the first segment where they differ, a literal
    one wins (``/contacts/find_by_external_id/tags`` before ``/contacts/{contact_id}/tags``). The
    dispatcher and the validator both order by it, so a request is validated against the template that
    serves it."""
    return [segment.startswith("{") for segment in template.split("/") if segment]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{pattern}/?$")


def _coerce_query(raw: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            return raw
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw.lower(), raw)
    return raw


def _describe(error: ValidationError, where: str) -> ApiError:
    """An ``error.list`` entry in the API's wording for one schema violation."""
    path = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "required":
        missing = re.match(r"'([^']+)'", error.message)
        name = missing.group(1) if missing else error.message
        full = f"{path}.{name}" if path else name
        return ApiError(400, "bad_request", f"'{full}' is a required parameter", field=full)
    subject = path or where
    return ApiError(400, "parameter_invalid", f"{subject} is invalid: {error.message}", field=subject or None)


class SpecValidator:
    """Lazily loads specs and validates requests; one instance per sandbox."""

    # Loaded specs and compiled validators are immutable, so every sandbox in the process shares them:
    # a test session that starts several servers pays the ~0.5 s load once per version.
    _lock = threading.RLock()
    _specs: dict[str, dict[str, Any]] = {}  # noqa: RUF012 - deliberate process-wide cache
    sources: dict[str, str] = {}  # noqa: RUF012
    _registries: dict[str, Registry] = {}  # noqa: RUF012
    _templates: dict[str, list[tuple[re.Pattern[str], str]]] = {}  # noqa: RUF012
    _ops: dict[tuple[str, str, str], OperationValidator | None] = {}  # noqa: RUF012

    def _load(self, version: str) -> dict[str, Any]:
        with self._lock:
            if version not in self._specs:
                doc, source = load_spec(version)
                self._specs[version] = doc
                self.sources[version] = source
                base = f"urn:intercom-spec:{version}"
                schemas = doc.get("components", {}).get("schemas", {})
                converted = {
                    "components": {"schemas": {k: to_json_schema(v, base) for k, v in schemas.items()}}
                }
                resource = DRAFT4.create_resource(converted)
                self._registries[version] = Registry().with_resource(base, resource)
                templates = []
                for template in doc.get("paths", {}):
                    templates.append((_template_regex(template), template))
                templates.sort(key=lambda item: literal_first(item[1]))
                self._templates[version] = templates
            return self._specs[version]

    def preload(self, version: str) -> None:
        """Load a version now (the pytest fixture warms the default version at startup)."""
        self._load(version)

    def document(self, version: str) -> dict[str, Any]:
        """The overlaid description of ``version`` ("2.14", "0"), loaded once per process."""
        return self._load(version)

    def documented_elsewhere(self, method: str, path: str) -> bool:
        """Whether any described version has ``method`` on a template matching ``path``."""
        return any(self.match(described, method.lower(), path) is not None for described in (*DESCRIBED, "0"))

    def match(self, version: str, method: str, path: str) -> str | None:
        """The spec's path template for a concrete path, preferring literal segments over variables."""
        doc = self._load(version)
        for regex, template in self._templates[version]:
            if regex.match(path) and method in doc["paths"][template]:
                return template
        return None

    def _resolve(self, doc: dict[str, Any], node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
            target: Any = doc
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def _compile(self, version: str, method: str, template: str) -> OperationValidator | None:
        doc = self._load(version)
        item = doc["paths"][template]
        operation = item.get(method)
        if operation is None:
            return None
        base = f"urn:intercom-spec:{version}"
        registry = self._registries[version]
        result = OperationValidator(template)
        path_vars = set(re.findall(r"\{([^}]+)\}", template))
        params = [
            self._resolve(doc, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        ]
        for param in params:
            # G1: upstream declares some path variables `in: query`; they are path variables.
            if param.get("in") != "query" or param.get("name") in path_vars:
                continue
            schema = to_json_schema(param.get("schema", {}), base)
            result.query.append(
                QueryParam(
                    param["name"],
                    bool(param.get("required")),
                    schema,
                    Draft4Validator(schema, registry=registry),
                )
            )
        body = self._resolve(doc, operation.get("requestBody"))
        if isinstance(body, dict):
            media = body.get("content", {}).get("application/json")
            if media and "schema" in media:
                result.body = Draft4Validator(to_json_schema(media["schema"], base), registry=registry)
                result.body_required = bool(body.get("required"))
                if (method, template) in STRICT_BODIES:
                    declared = self._resolve(doc, media["schema"])
                    if isinstance(declared, dict) and isinstance(declared.get("properties"), dict):
                        result.body_properties = frozenset(declared["properties"])
        return result

    def operation(self, version: str, method: str, path: str) -> OperationValidator | None:
        template = self.match(version, method, path)
        if template is None:
            return None
        key = (version, method, template)
        with self._lock:
            if key not in self._ops:
                self._ops[key] = self._compile(version, method, template)
            return self._ops[key]

    def validate(
        self,
        version: str,
        method: str,
        path: str,
        query: Mapping[str, str],
        body: Any,
        has_body: bool,
    ) -> None:
        """Raise :class:`ApiError` (400) for a request the spec does not allow.

        ``version`` is a description directory ("2.14", "0"). Only called for routes the sandbox serves,
        so a path missing from the version's description means "not available in this version".
        """
        op = self.operation(version, method.lower(), path)
        if op is None and self.sources.get(version) == "none":
            return  # no description could be loaded: nothing to validate against (warned at load)
        if op is None:
            # The route exists in the sandbox but not in this version's description.
            raise ApiError(
                400, "intercom_version_invalid", "Requested resource is not available in current API version."
            )
        for param in op.query:
            if param.name not in query:
                if param.required:
                    raise ApiError(
                        400, "bad_request", f"'{param.name}' is a required parameter", field=param.name
                    )
                continue
            value = _coerce_query(query[param.name], param.schema)
            error = next(iter(param.validator.iter_errors(value)), None)
            if error is not None:
                raise ApiError(
                    400, "parameter_invalid", f"{param.name} is invalid: {error.message}", field=param.name
                )
        if op.body is None:
            return
        if not has_body:
            if op.body_required:
                raise ApiError(400, "bad_request", "Request body is required")
            return
        if op.body_properties is not None and isinstance(body, dict):
            for name in body:
                if name not in op.body_properties:
                    raise ApiError(400, "bad_request", f"bad '{name}' parameter", field=name)
        errors = list(op.body.iter_errors(body))
        if errors:
            errors.sort(key=lambda e: (e.validator != "required", len(e.absolute_path)))
            raise _describe(errors[0], "body")


def response_errors(
    validator: SpecValidator, version: str, method: str, path: str, body: Any, status: str = "200"
) -> list[str]:
    """Schema violations of a response body (used by the tests: "objects look like the spec's").

    Empty when the operation declares no JSON schema for ``status``.
    """
    doc = validator._load(version)
    template = validator.match(version, method.lower(), path)
    if template is None:
        return [f"no operation for {method} {path}"]
    operation = doc["paths"][template][method.lower()]
    response = validator._resolve(doc, operation.get("responses", {}).get(status))
    media = (response or {}).get("content", {}).get("application/json")
    if not media or "schema" not in media:
        return []
    base = f"urn:intercom-spec:{version}"
    schema_validator = Draft4Validator(
        to_json_schema(media["schema"], base), registry=validator._registries[version]
    )
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_validator.iter_errors(body)]


def _allows_null(schema: Any, resolve: Any) -> bool:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return True
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    for key in ("anyOf", "oneOf"):
        if key in schema and any(_allows_null(s, resolve) for s in schema[key]):
            return True
    if "allOf" in schema:
        return all(_allows_null(s, resolve) for s in schema["allOf"])
    # A schema without any type constraint (``{}``) allows null too.
    return not any(k in schema for k in ("type", "properties", "enum", "$ref", "items"))


def _scalar_type(schema: Any, resolve: Any) -> str | None:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if isinstance(kind, str):
        return kind
    for key in ("anyOf", "oneOf", "allOf"):
        members = [m for m in schema.get(key, []) if _scalar_type(m, resolve) is not None]
        if len(members) == 1:
            return _scalar_type(members[0], resolve)
    return None


def _properties(schema: Any, resolve: Any, depth: int = 0) -> dict[str, Any]:
    """Declared properties of an object schema, merged across allOf/anyOf/oneOf members."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}
    props = dict(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            for name, sub in _properties(member, resolve, depth + 1).items():
                props.setdefault(name, sub)
    return props


def _items(schema: Any, resolve: Any) -> Any:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    if "items" in schema:
        return schema["items"]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            found = _items(member, resolve)
            if found is not None:
                return found
    return None


#: Values one version's enum names differently from another's: conversation ``priority`` is
#: ``priority``/``not_priority`` up to 2.15 and ``none``/``low``/``medium``/``high``/``urgent`` from 2.16
#: (each version's ``conversation.priority`` enum). A stored value the version's enum lacks is sent as its
#: counterpart when that one is in the enum.
ENUM_COUNTERPARTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("priority", "priority"): ("high",),
    ("priority", "not_priority"): ("none",),
    ("priority", "none"): ("not_priority",),
    ("priority", "low"): ("not_priority",),
    ("priority", "medium"): ("not_priority",),
    ("priority", "high"): ("priority",),
    ("priority", "urgent"): ("priority",),
}


def _enum(schema: Any, resolve: Any) -> list[Any] | None:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, []):
            found = _enum(member, resolve)
            if found is not None:
                return found
    return None


def conform(
    validator: SpecValidator, version: str, method: str, path: str, body: Any, status: int = 200
) -> Any:
    """Drop ``null`` values the response schema does not allow (in place), so that without the
    ``nulls`` quirk the sandbox's objects satisfy the spec even where the spec's own examples do not.
    """
    doc = validator._load(version)
    template = validator.match(version, method.lower(), path)
    if template is None:
        return body
    operation = doc["paths"][template][method.lower()]
    response = validator._resolve(doc, operation.get("responses", {}).get(str(status)))
    media = (response or {}).get("content", {}).get("application/json")
    if not media or "schema" not in media:
        return body
    base = f"urn:intercom-spec:{version}"
    resolver = validator._registries[version].resolver()

    def resolve(schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            schema = resolver.lookup(schema["$ref"]).contents
            seen += 1
        return schema

    def walk(value: Any, schema: Any) -> None:
        if isinstance(value, dict):
            props = _properties(schema, resolve)
            for key in list(value):
                if key not in props:
                    continue
                if value[key] is None:
                    if not _allows_null(props[key], resolve):
                        del value[key]
                elif isinstance(value[key], str) and (key, value[key]) in ENUM_COUNTERPARTS:
                    allowed = _enum(props[key], resolve)
                    if allowed is not None and value[key] not in allowed:
                        value[key] = next(
                            (v for v in ENUM_COUNTERPARTS[(key, value[key])] if v in allowed), value[key]
                        )
                elif isinstance(value[key], int) and not isinstance(value[key], bool):
                    # Id types differ between versions (Preview: owner_id is a string): follow the schema.
                    if _scalar_type(props[key], resolve) == "string":
                        value[key] = str(value[key])
                elif isinstance(value[key], str) and value[key].isdigit() and len(value[key]) < 19:
                    # ... both ways (2.16: a ticket's admin_assignee_id is an integer, 2.14 a string).
                    if _scalar_type(props[key], resolve) == "integer":
                        value[key] = int(value[key])
                else:
                    walk(value[key], props[key])
        elif isinstance(value, list):
            items = _items(schema, resolve)
            if items is not None:
                for element in value:
                    walk(element, items)

    walk(body, to_json_schema(media["schema"], base))
    return body


def _absolute_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


def _email(value: object) -> bool:
    return not isinstance(value, str) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) is not None


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in value or " " in value


def _uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


#: The string formats the descriptions use, checked the way strict response validators check them
#: (an OpenAPI ``uri`` is absolute; an ``email`` has a domain with a dot).
FORMATS = FormatChecker()
FORMATS.checks("uri")(_absolute_uri)
FORMATS.checks("email")(_email)
FORMATS.checks("date-time")(_date_time)
FORMATS.checks("uuid")(_uuid)


def leaf_errors(
    validator: SpecValidator, version: str, method: str, path: str, body: Any, status: int = 200
) -> list[tuple[list[str | int], str]]:
    """Where a response body breaks the version's response schema: (JSON path, message) of the innermost
    failures (inside anyOf/oneOf, those of the branch that matched furthest), formats included. Empty when it conforms
    or the operation declares no JSON schema for ``status``."""
    doc = validator._load(version)
    template = validator.match(version, method.lower(), path)
    if template is None:
        return []
    operation = doc["paths"][template][method.lower()]
    response = validator._resolve(doc, operation.get("responses", {}).get(str(status)))
    media = (response or {}).get("content", {}).get("application/json")
    if not media or "schema" not in media:
        return []
    key = (version, method.lower(), template, str(status))
    with validator._lock:
        checker = _RESPONSE_VALIDATORS.get(key)
        if checker is None:
            base = f"urn:intercom-spec:{version}"
            checker = Draft4Validator(
                to_json_schema(media["schema"], base),
                registry=validator._registries[version],
                format_checker=FORMATS,
            )
            _RESPONSE_VALIDATORS[key] = checker
    found: list[tuple[list[str | int], str]] = []
    for error in checker.iter_errors(body):
        found.extend((list(e.absolute_path), e.message) for e in _leaves(error))
        if len(found) > 200:
            break
    return found


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The innermost failures behind ``error``. Inside anyOf/oneOf, only the branch that got furthest
    counts (for ``[object, null]`` that is the object's failure, not "is not of type null")."""
    if not error.context:
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else 0, []).append(sub)

    def reach(errors: list[ValidationError]) -> tuple[int, int]:
        return (max(len(e.absolute_path) for e in errors), -len(errors))

    best = max(branches.values(), key=reach)
    return [leaf for sub in best for leaf in _leaves(sub)]


_RESPONSE_VALIDATORS: dict[tuple[str, str, str, str], Draft4Validator] = {}


def repair(
    validator: SpecValidator, version: str, method: str, path: str, body: Any, status: int = 200
) -> Any:
    """Drop, in place, every value of ``body`` that breaks the response schema (response schemas require
    nothing, so the result conforms). For answers built from the spec's own examples, which do not always
    satisfy the spec's schemas (``activity_log.metadata``, ``visitor.email`` ``""``)."""
    for _ in range(20):
        errors = leaf_errors(validator, version, method, path, body, status)
        paths = sorted({tuple(p) for p, _ in errors if p}, key=len, reverse=True)
        if not paths:
            return body
        for location in paths:
            parent: Any = body
            for step in location[:-1]:
                try:
                    parent = parent[step]
                except (KeyError, IndexError, TypeError):
                    parent = None
                    break
            last = location[-1]
            if isinstance(parent, dict) and last in parent:
                del parent[last]
            elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
                parent.pop(last)
    return body
