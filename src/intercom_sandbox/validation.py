"""Request validation against the OpenAPI description the client is generated from.

The sandbox should refuse what the real API refuses, and the only written contract is the spec. The
spec of a version comes from :func:`load_spec`: ``intercom_codegen.spec.load_overlaid`` (upstream +
overlays + normaliser, the same document the generated client is built from) when it is importable and
works, else the raw upstream YAML. Loading takes ~0.5 s, so it happens lazily, once per version, and
compiled validators are cached per (version, method, path template).

OpenAPI 3.0 schemas are not JSON Schema: ``nullable`` becomes a ``"null"`` type, ``example``/``x-*``
are dropped, and ``$ref``s to ``#/components/schemas`` resolve through a ``referencing`` registry that
holds the converted components (Draft 4 semantics, which OpenAPI 3.0 follows).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT4

from .errors import ApiError

log = logging.getLogger("intercom_sandbox.validation")

METHODS = ("get", "put", "post", "delete", "patch")
#: Operations whose body may carry no parameter the spec does not declare ("bad 'x' parameter"):
#: the seeds and the spec's own 400 examples show the API refusing unknown keys on these.
STRICT_BODIES = {
    ("post", "/export/content/data"),
    ("post", "/export/reporting_data/enqueue"),
    ("post", "/companies"),
}
_DROP = {"example", "examples", "description", "title", "xml", "externalDocs", "deprecated", "discriminator",
         "readOnly", "writeOnly", "nullable"}  # fmt: skip


def _descriptions_dir() -> Path:
    env = os.environ.get("INTERCOM_SANDBOX_SPEC_DIR")
    if env:
        return Path(env)
    try:
        from intercom_codegen.paths import DEFAULT_LOCAL_SOURCE

        return DEFAULT_LOCAL_SOURCE / "descriptions"
    except ImportError:  # pragma: no cover - the codegen package ships in the same distribution
        return Path(__file__).resolve().parents[3].parent / "shared" / "intercom-openapi" / "descriptions"


def load_spec(version: str) -> tuple[dict[str, Any], str]:
    """The OpenAPI document of ``version`` ("2.14", "0") and where it came from.

    This is the one place to change when the spec source changes.
    """
    try:
        from intercom_codegen.spec import load_overlaid

        return load_overlaid(version), "overlaid"
    except Exception as exc:  # the overlay pipeline is optional for the sandbox: fall back, loudly
        log.warning("overlaid spec for %s unavailable (%r); validating against upstream YAML", version, exc)
    path = _descriptions_dir() / version / "api.intercom.io.yaml"
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader), "upstream"


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
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
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

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._specs: dict[str, dict[str, Any]] = {}
        self.sources: dict[str, str] = {}
        self._registries: dict[str, Registry] = {}
        self._templates: dict[str, list[tuple[re.Pattern[str], str, int]]] = {}
        self._ops: dict[tuple[str, str, str], OperationValidator | None] = {}

    def _load(self, version: str) -> dict[str, Any]:
        with self._lock:
            if version not in self._specs:
                doc, source = load_spec(version)
                self._specs[version] = doc
                self.sources[version] = source
                base = f"urn:intercom-spec:{version}"
                schemas = doc.get("components", {}).get("schemas", {})
                converted = {"components": {"schemas": to_json_schema(schemas, base)}}
                resource = DRAFT4.create_resource(converted)
                self._registries[version] = Registry().with_resource(base, resource)
                templates = []
                for template in doc.get("paths", {}):
                    templates.append((_template_regex(template), template, template.count("{")))
                templates.sort(key=lambda item: item[2])
                self._templates[version] = templates
            return self._specs[version]

    def preload(self, version: str) -> None:
        """Load a version now (the pytest fixture warms the default version at startup)."""
        self._load(version)

    def match(self, version: str, method: str, path: str) -> str | None:
        """The spec's path template for a concrete path, preferring literal segments over variables."""
        doc = self._load(version)
        for regex, template, _ in self._templates[version]:
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
        params = [self._resolve(doc, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        for param in params:
            # G1: upstream declares some path variables `in: query`; they are path variables.
            if param.get("in") != "query" or param.get("name") in path_vars:
                continue
            schema = to_json_schema(param.get("schema", {}), base)
            result.query.append(
                QueryParam(param["name"], bool(param.get("required")), schema, Draft4Validator(schema, registry=registry))
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

        ``version`` is a description directory ("2.14", "0"). Unknown routes pass: routing answers them.
        """
        op = self.operation(version, method.lower(), path)
        if op is None:
            return
        for param in op.query:
            if param.name not in query:
                if param.required:
                    raise ApiError(400, "bad_request", f"'{param.name}' is a required parameter", field=param.name)
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
