"""API changelog: what changed between two Intercom OpenAPI descriptions, in words, for a reviewer.

Both sides are the *overlaid* spec: the upstream description plus overlays/, **before** the
normaliser. That is what the API says: the normaliser's lenient rules (L1/L2: no response property is
required and every one may be null; V1: Intercom-Version is a plain string) would hide exactly the
required/nullable changes a reviewer wants to see. Where the generated (lenient) client is not
affected by a change, the rules below say so.

What is compared:

* Operations, keyed by method and path template with parameter names blanked (`/contacts/{}`), so a
  path that differs only in its parameter names (`{id}` -> `{contact_id}`) is the same operation and
  the rename is reported. A different operationId on the same key is a rename; the same operationId
  on a removed and an added key is a move.
* Per operation: parameters (path parameters by position, the others by location and name), the
  request body and each response. Inline schemas are walked property by property (to a bounded
  depth); a `$ref` is compared by its target only, because the component's own changes are reported
  once, at the component.
* `components.schemas` by name: added, removed, and every change inside each common component.

Breaking rules (for a caller of the generated client; "request" = the client sends it, "response" =
the client reads it; a component used on both sides takes the stricter rule):

    change                                 request      response
    operation removed                      breaking     breaking
    operationId renamed (function renamed)  breaking   breaking
    path parameter renamed (keyword name)  breaking     -
    operation moved (same operationId)     no           no
    tag changed (generated module moves)   breaking     breaking
    parameter removed                      breaking     -
    parameter added, required              breaking     -
    parameter added, optional              no           -
    newly required (parameter, body, prop.)  breaking   no (the client never relied on it)
    property / body added                  no (breaking if required)  no
    property removed                       breaking     breaking
    component removed (model class gone)   breaking     breaking
    type or $ref target changed            breaking     breaking
    format changed (date, date-time, ...)  breaking if the Python type changes, else no
    became nullable                        no           no (the lenient client accepts null)
    became non-nullable                    breaking     no
    no longer required                     no           no (the lenient client treats all as optional)
    enum value added                       no           no (noted: the client keeps unknown values)
    enum value removed                     breaking     no
    oneOf/anyOf member added               no           no
    oneOf/anyOf member removed             breaking     no
    allOf member removed                   breaking     breaking
    2xx response removed                   breaking     breaking (the return type changes)
    other response added/removed           no           no

Output: `Changelog.to_markdown()` (a pull-request description) and `Changelog.to_json()`, whose
shape is `JSON_SCHEMA` below. Ordering is deterministic: operations by path then method, components
by name, entries by location then kind.
"""

from __future__ import annotations

import itertools
import json
import re
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from intercom_codegen import overlay, pin
from intercom_codegen.schemas import COMBINATORS, METHODS, reachable_components, ref_name

BASIS = "overlaid (upstream description + overlays/, before the normaliser)"
#: How deep inline schemas are walked before giving up (a cycle needs a $ref, where the walk stops anyway).
MAX_DEPTH = 12
#: Formats that change the Python type openapi-python-client generates (str -> datetime, File, UUID...).
TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})

Side = str  # "request" | "response" | "both" | "none"


class ChangelogError(Exception):
    """A spec to compare cannot be found, read or parsed."""


# --- breaking rules ---------------------------------------------------------------------------------

#: kind -> (breaking in a request, breaking in a response). Kinds whose answer depends on the
#: change itself (a required addition, a 2xx response, a typed format) are decided where they are made.
RULES: dict[str, tuple[bool, bool]] = {
    "operation.added": (False, False),
    "operation.removed": (True, True),
    "operation.renamed": (True, True),
    "operation.moved": (False, False),
    "operation.tag_changed": (True, True),
    "operation.deprecated": (False, False),
    "operation.undeprecated": (False, False),
    "path_parameter.renamed": (True, True),
    "parameter.added": (False, False),
    "parameter.removed": (True, True),
    "parameter.required": (True, True),
    "parameter.optional": (False, False),
    "request_body.added": (False, False),
    "request_body.removed": (True, True),
    "request_body.required": (True, True),
    "request_body.optional": (False, False),
    "response.added": (False, False),
    "response.removed": (False, False),
    "component.added": (False, False),
    "component.removed": (True, True),
    "property.added": (False, False),
    "property.removed": (True, True),
    "property.required": (True, False),
    "property.optional": (False, False),
    "schema.nullable": (False, False),
    "schema.non_nullable": (True, False),
    "schema.type_changed": (True, True),
    "schema.ref_changed": (True, True),
    "schema.format_changed": (False, False),
    "enum.value_added": (False, False),
    "enum.value_removed": (True, False),
    "variant.added": (False, False),
    "variant.removed": (True, False),
}

KIND_LABELS = {
    "operation.added": "operation added",
    "operation.removed": "operation removed",
    "operation.renamed": "operationId renamed",
    "operation.moved": "operation moved to another path",
    "operation.tag_changed": "tag changed (generated module moves)",
    "operation.deprecated": "deprecated",
    "operation.undeprecated": "no longer deprecated",
    "path_parameter.renamed": "path parameter renamed",
    "parameter.added": "parameter added",
    "parameter.removed": "parameter removed",
    "parameter.required": "parameter newly required",
    "parameter.optional": "parameter no longer required",
    "request_body.added": "request body added",
    "request_body.removed": "request body removed",
    "request_body.required": "request body newly required",
    "request_body.optional": "request body no longer required",
    "response.added": "response added",
    "response.removed": "response removed",
    "component.added": "component added",
    "component.removed": "component removed",
    "property.added": "property added",
    "property.removed": "property removed",
    "property.required": "property newly required",
    "property.optional": "property no longer required",
    "schema.nullable": "became nullable",
    "schema.non_nullable": "no longer nullable",
    "schema.type_changed": "type changed",
    "schema.ref_changed": "$ref target changed",
    "schema.format_changed": "format changed",
    "enum.value_added": "enum value added",
    "enum.value_removed": "enum value removed",
    "variant.added": "oneOf/anyOf/allOf member added",
    "variant.removed": "oneOf/anyOf/allOf member removed",
}


def is_breaking(kind: str, side: Side) -> bool:
    """The rule for `kind` on `side` ("none": never breaking, e.g. the Intercom-Version header)."""
    if side == "none":
        return False
    request, response = RULES[kind]
    if side == "request":
        return request
    if side == "response":
        return response
    return request or response


# --- the result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One entry of the changelog.

    `scope` is "operation" or "component"; `target` the operation ("POST /contacts") or component
    name it belongs to; `location` a readable place ("POST /contacts request .custom_attributes").
    """

    kind: str
    breaking: bool
    scope: str
    target: str
    location: str
    message: str
    old: Any = None
    new: Any = None

    @property
    def sort_key(self) -> tuple[int, str, str, str, str]:
        return (
            0 if self.scope == "operation" else 1,
            _target_key(self.target),
            self.location,
            self.kind,
            self.message,
        )


def _target_key(target: str) -> str:
    # "POST /contacts/{id}" sorts by path, then method.
    method, _, path = target.partition(" ")
    return f"{path} {method}" if path.startswith("/") else target


@dataclass(frozen=True)
class SpecRef:
    """Which description one side of a changelog is: a version and where its bytes came from."""

    label: str
    version: str
    origin: str
    sha256: str


@dataclass
class Changelog:
    """The changes from `old` to `new`, sorted; `notes` say what the comparison could not do."""

    old: SpecRef
    new: SpecRef
    changes: list[Change]
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        kinds = Counter(c.kind for c in self.changes)
        return {
            "total": len(self.changes),
            "breaking": sum(c.breaking for c in self.changes),
            "added": sum(n for k, n in kinds.items() if k.endswith("added")),
            "removed": sum(n for k, n in kinds.items() if k.endswith("removed")),
            "changed": sum(n for k, n in kinds.items() if not k.endswith(("added", "removed"))),
            "operations_added": kinds["operation.added"],
            "operations_removed": kinds["operation.removed"],
            "by_kind": dict(sorted(kinds.items())),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "intercom-api-changelog/1",
            "basis": BASIS,
            "old": asdict(self.old),
            "new": asdict(self.new),
            "summary": self.summary(),
            "notes": list(self.notes),
            "changes": [asdict(c) for c in self.changes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"

    def to_markdown(self, title: str | None = None) -> str:
        return render_markdown(self, title)


#: The shape of `Changelog.to_json()` (JSON Schema 2020-12), also printed in docs/changelog/README.md.
JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "intercom-api-changelog/1",
    "type": "object",
    "required": ["format", "basis", "old", "new", "summary", "notes", "changes"],
    "$defs": {
        "spec": {
            "type": "object",
            "required": ["label", "version", "origin", "sha256"],
            "properties": {
                "label": {"type": "string", "description": "what was asked for: 2.15, 2.14@DIR, ..."},
                "version": {"type": "string", "description": "the Intercom-Version (0 = Preview)"},
                "origin": {"type": "string", "description": "file or URL the bytes came from"},
                "sha256": {"type": "string"},
            },
        }
    },
    "properties": {
        "format": {"const": "intercom-api-changelog/1"},
        "basis": {"type": "string"},
        "old": {"$ref": "#/$defs/spec"},
        "new": {"$ref": "#/$defs/spec"},
        "summary": {
            "type": "object",
            "required": ["total", "breaking", "added", "removed", "changed", "by_kind"],
            "properties": {
                "total": {"type": "integer"},
                "breaking": {"type": "integer"},
                "added": {
                    "type": "integer",
                    "description": "entries whose kind ends in .added / value_added",
                },
                "removed": {"type": "integer"},
                "changed": {"type": "integer"},
                "operations_added": {"type": "integer"},
                "operations_removed": {"type": "integer"},
                "by_kind": {"type": "object", "additionalProperties": {"type": "integer"}},
            },
        },
        "notes": {"type": "array", "items": {"type": "string"}},
        "changes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "breaking", "scope", "target", "location", "message"],
                "properties": {
                    "kind": {"enum": sorted(RULES)},
                    "breaking": {"type": "boolean"},
                    "scope": {"enum": ["operation", "component"]},
                    "target": {"type": "string", "description": "'METHOD /path' or a component name"},
                    "location": {"type": "string"},
                    "message": {"type": "string"},
                    "old": {"description": "the value before (a type, a name, an enum value...), or null"},
                    "new": {"description": "the value after, or null"},
                },
            },
        },
    },
}


# --- loading specs ----------------------------------------------------------------------------------

_CACHE: dict[tuple[str, str], dict[str, Any]] = {}
_NOTES: dict[tuple[str, str], list[str]] = {}


def parse_yaml(data: bytes) -> dict[str, Any]:
    import yaml  # the codegen extra; imported here so `intercom --help` stays fast

    try:
        doc = yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ChangelogError(f"not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or "paths" not in doc:
        raise ChangelogError("not an OpenAPI description (no `paths`)")
    return doc


def apply_overlays(doc: dict[str, Any], version: str) -> list[str]:
    """Apply the version's overlays in place, leniently: an action that selects nothing is a note.

    (The build refuses such an action; a changelog of a new upstream commit should still be readable,
    and the note tells the reviewer which quirk upstream seems to have fixed.)
    """
    notes = []
    for chosen in overlay.for_version(overlay.load_all(), version):
        for index, action in enumerate(chosen.actions):
            where = f"overlays/{chosen.name} action {index}"
            if overlay.apply_action(doc, action, where) == 0:
                notes.append(
                    f"{where} ({action.target}) selects nothing in {version}: upstream may have "
                    "fixed this quirk"
                )
    return notes


def overlaid_from_bytes(data: bytes, version: str) -> tuple[dict[str, Any], list[str]]:
    """The overlaid (not normalised) spec of `version` from the bytes of its upstream description.

    Cached by content hash: the returned document is shared, do not mutate it.
    """
    key = (version, pin.sha256_of(data))
    if key not in _CACHE:
        doc = parse_yaml(data)
        _NOTES[key] = apply_overlays(doc, version)
        _CACHE[key] = doc
    return _CACHE[key], _NOTES[key]


_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")


def read_description(
    version: str, source: str | Path | None = None, pins: pin.Pin | None = None
) -> tuple[bytes, str]:
    """The bytes of `version`'s upstream description and where they came from.

    `source`: None = as pinned (materialised from the pin's source); a directory = a checkout of the
    upstream repository (descriptions/<version>/api.intercom.io.yaml inside it); a file = that file;
    a commit (7-40 hex digits) = the upstream raw URL at that commit.
    """
    pins = pins or pin.load()
    try:
        vpin = pins.get(version)
        rel = vpin.path
    except pin.PinError:
        if source is None:
            raise
        vpin = None
        rel = f"descriptions/{version}/{pin.SPEC_FILENAME}"
    if source is None:
        assert vpin is not None
        (done,) = pin.materialise([vpin.version], pin=pins)
        return done.local_path.read_bytes(), display_path(done.local_path)
    text = str(source)
    if _COMMIT.match(text) and not Path(text).exists():
        url = pins.raw_url.format(commit=text, path=rel)
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                return response.read(), url
        except OSError as exc:
            raise ChangelogError(f"cannot fetch {url}: {exc}") from exc
    path = Path(source)
    if path.is_dir():
        path = path / rel
    if not path.is_file():
        raise ChangelogError(f"{path}: no such description (source {source})")
    return path.read_bytes(), display_path(path)


def display_path(path: Path) -> str:
    """A path relative to the repository when inside it (checked-in changelogs name no home directory)."""
    from intercom_codegen.paths import ROOT

    try:
        return str(path.resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)


def parse_spec_arg(arg: str) -> tuple[str, str | None]:
    """`2.14` -> ("2.14", None); `2.14@DIR|FILE|COMMIT` -> ("2.14", "DIR|FILE|COMMIT")."""
    version, sep, source = arg.partition("@")
    if not version or (sep and not source):
        raise ChangelogError(f"{arg!r}: expected VERSION or VERSION@SOURCE (a directory, a file or a commit)")
    if version == "Preview":
        version = "0"
    return version, source or None


def load(
    version: str, source: str | Path | None = None, pins: pin.Pin | None = None
) -> tuple[dict[str, Any], SpecRef, list[str]]:
    """One side of a changelog: the overlaid spec, what it is, and the overlay notes."""
    pins = pins or pin.load()
    if version in ("Preview",):
        version = "0"
    try:
        version = pins.get(version).version
    except pin.PinError:
        if source is None:
            raise
    data, origin = read_description(version, source, pins)
    doc, notes = overlaid_from_bytes(data, version)
    label = version if source is None else f"{version}@{source}"
    return doc, SpecRef(label, version, origin, pin.sha256_of(data)), notes


def compare(spec_a: str, spec_b: str, pins: pin.Pin | None = None) -> Changelog:
    """The changelog between two `VERSION[@SOURCE]` arguments (see parse_spec_arg)."""
    pins = pins or pin.load()
    doc_a, ref_a, notes_a = load(*parse_spec_arg(spec_a), pins=pins)
    doc_b, ref_b, notes_b = load(*parse_spec_arg(spec_b), pins=pins)
    return diff(doc_a, doc_b, ref_a, ref_b, notes=[*notes_a, *notes_b])


def consecutive_pairs(pins: pin.Pin | None = None) -> list[tuple[str, str]]:
    """Every consecutive pair of pinned versions in version order (2.7 -> 2.8 ... 2.16 -> 0)."""
    pins = pins or pin.load()
    ordered = sorted(pins.versions, key=overlay.version_key)
    return list(itertools.pairwise(ordered))


# --- the diff ---------------------------------------------------------------------------------------


def _template_key(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _path_params(path: str) -> list[str]:
    return re.findall(r"\{([^}]*)\}", path)


def _resolve(doc: dict[str, Any], obj: Any, section: str) -> Any:
    """Follow a `$ref` to components.<section> (parameters, requestBodies, responses)."""
    seen = 0
    while isinstance(obj, dict) and isinstance(obj.get("$ref"), str) and seen < 10:
        prefix = f"#/components/{section}/"
        if not obj["$ref"].startswith(prefix):
            return obj
        obj = ((doc.get("components") or {}).get(section) or {}).get(obj["$ref"][len(prefix) :], {})
        seen += 1
    return obj


@dataclass
class _Op:
    key: tuple[str, str]  # (METHOD, template key)
    method: str
    path: str
    op: dict[str, Any]
    params: dict[tuple[str, Any], dict[str, Any]]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId") or "")


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], _Op]:
    found = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [_resolve(doc, p, "parameters") for p in item.get("parameters") or []]
        names = _path_params(path)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params: dict[tuple[str, Any], dict[str, Any]] = {}
            for raw in [*shared, *(op.get("parameters") or [])]:
                param = _resolve(doc, raw, "parameters")
                if not isinstance(param, dict) or "name" not in param:
                    continue
                where, name = str(param.get("in", "query")), str(param["name"])
                if where == "path" and name in names:
                    params[("path", names.index(name))] = param
                else:
                    params[(where, name.lower() if where == "header" else name)] = param
            key = (method.upper(), _template_key(path))
            found[key] = _Op(key, method.upper(), path, op, params)
    return found


def _describe(schema: Any) -> str:
    """A short type description: `string`, `integer (int64)`, `array of contact`, `$ref contact`..."""
    if not isinstance(schema, dict):
        return "any"
    name = ref_name(schema)
    if name:
        return name
    for key in COMBINATORS:
        if isinstance(schema.get(key), list):
            members = [_describe(m) for m in schema[key]]
            if len(members) == 1:
                return members[0]
            return f"{key}({', '.join(members)})"
    kind = schema.get("type")
    if kind == "array":
        return f"array of {_describe(schema.get('items'))}"
    if kind is None:
        if "properties" in schema:
            kind = "object"
        elif "enum" in schema:
            kind = "enum"
        else:
            return "any"
    if isinstance(kind, list):
        kind = "|".join(map(str, kind))
    return str(kind)


def _shape(schema: Any) -> tuple[str, str]:
    """What decides "type changed": ("ref", name) | ("combinator", key) | ("type", type)."""
    if not isinstance(schema, dict):
        return ("type", "any")
    name = ref_name(schema)
    if name:
        return ("ref", name)
    for key in COMBINATORS:
        members = schema.get(key)
        if isinstance(members, list):
            # A one-member combinator of a $ref (G4/G5: how OpenAPI 3.0 puts siblings on a $ref).
            if len(members) == 1 and isinstance(members[0], dict) and ref_name(members[0]):
                return ("ref", ref_name(members[0]) or "")
            return ("combinator", key)
    kind = schema.get("type")
    if kind is None:
        kind = "object" if "properties" in schema or "additionalProperties" in schema else "any"
    return ("type", str(kind))


def _child(where: str, name: str) -> str:
    """`POST /contacts request` + `email` -> `POST /contacts request .email`; then `.email.x`."""
    return f"{where}.{name}" if " ." in where else f"{where} .{name}"


def _fmt_enum(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Differ:
    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any]) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.changes: list[Change] = []
        self.scope = "operation"
        self.target = ""

    # -- recording

    def add(
        self,
        kind: str,
        location: str,
        message: str,
        side: Side,
        *,
        old: Any = None,
        new: Any = None,
        breaking: bool | None = None,
    ) -> None:
        if breaking is None:
            breaking = is_breaking(kind, side)
        self.changes.append(Change(kind, breaking, self.scope, self.target, location, message, old, new))

    # -- schemas

    def schema(self, old: Any, new: Any, where: str, side: Side, depth: int = 0) -> None:
        """Compare two schemas at `where`; stops at $refs (compared by target only)."""
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > MAX_DEPTH:
            return
        old_nullable, new_nullable = old.get("nullable") is True, new.get("nullable") is True
        if old_nullable != new_nullable:
            kind = "schema.nullable" if new_nullable else "schema.non_nullable"
            self.add(kind, where, f"{where}: {KIND_LABELS[kind]}", side, old=old_nullable, new=new_nullable)
        old_shape, new_shape = _shape(old), _shape(new)
        if old_shape != new_shape:
            kind = "schema.ref_changed" if old_shape[0] == new_shape[0] == "ref" else "schema.type_changed"
            word = "$ref" if kind == "schema.ref_changed" else "type"
            self.add(
                kind,
                where,
                f"{where}: {word} {_describe(old)} -> {_describe(new)}",
                side,
                old=_describe(old),
                new=_describe(new),
            )
            return
        if old_shape[0] == "ref":
            return
        old_format, new_format = old.get("format"), new.get("format")
        if old_format != new_format:
            typed = bool({old_format, new_format} & TYPED_FORMATS)
            self.add(
                "schema.format_changed",
                where,
                f"{where}: format {old_format or '(none)'} -> {new_format or '(none)'}",
                side,
                old=old_format,
                new=new_format,
                breaking=typed,
            )
        self.enum(old.get("enum"), new.get("enum"), where, side)
        if old_shape[0] == "combinator":
            self.members(old, new, old_shape[1], where, side, depth)
            return
        self.properties(old, new, where, side, depth)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(old["items"], new["items"], f"{where}[]", side, depth + 1)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(old_extra, new_extra, f"{where}{{*}}", side, depth + 1)

    def enum(self, old: Any, new: Any, where: str, side: Side) -> None:
        if not isinstance(old, list) or not isinstance(new, list):
            return
        old_keys = {_fmt_enum(v): v for v in old}
        new_keys = {_fmt_enum(v): v for v in new}
        for key in sorted(new_keys.keys() - old_keys.keys()):
            self.add("enum.value_added", where, f"{where}: enum value {key} added", side, new=new_keys[key])
        for key in sorted(old_keys.keys() - new_keys.keys()):
            self.add(
                "enum.value_removed", where, f"{where}: enum value {key} removed", side, old=old_keys[key]
            )

    def properties(
        self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side, depth: int
    ) -> None:
        old_props = old.get("properties") if isinstance(old.get("properties"), dict) else {}
        new_props = new.get("properties") if isinstance(new.get("properties"), dict) else {}
        old_req = set(old.get("required") or []) if isinstance(old.get("required"), list) else set()
        new_req = set(new.get("required") or []) if isinstance(new.get("required"), list) else set()
        for name in sorted(new_props.keys() - old_props.keys()):
            loc = _child(where, name)
            required = name in new_req
            breaking = is_breaking("property.required", side) if required else False
            nullable = (
                ", nullable" if isinstance(new_props[name], dict) and new_props[name].get("nullable") else ""
            )
            self.add(
                "property.added",
                loc,
                f"{loc} added ({_describe(new_props[name])}{nullable}{', required' if required else ''})",
                side,
                new=_describe(new_props[name]),
                breaking=breaking,
            )
        for name in sorted(old_props.keys() - new_props.keys()):
            loc = _child(where, name)
            self.add(
                "property.removed",
                loc,
                f"{loc} removed (was {_describe(old_props[name])})",
                side,
                old=_describe(old_props[name]),
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            loc = _child(where, name)
            if name in new_req and name not in old_req:
                self.add("property.required", loc, f"{loc}: newly required", side)
            elif name in old_req and name not in new_req:
                self.add("property.optional", loc, f"{loc}: no longer required", side)
            self.schema(old_props[name], new_props[name], loc, side, depth + 1)

    def members(
        self, old: dict[str, Any], new: dict[str, Any], key: str, where: str, side: Side, depth: int
    ) -> None:
        old_members = [m for m in old.get(key) or [] if isinstance(m, dict)]
        new_members = [m for m in new.get(key) or [] if isinstance(m, dict)]
        old_refs = {ref_name(m) for m in old_members} - {None}
        new_refs = {ref_name(m) for m in new_members} - {None}
        removal_breaks = True if key == "allOf" else None
        for name in sorted(new_refs - old_refs):  # type: ignore[type-var]
            self.add("variant.added", where, f"{where}: {key} member {name} added", side, new=name)
        for name in sorted(old_refs - new_refs):  # type: ignore[type-var]
            self.add(
                "variant.removed",
                where,
                f"{where}: {key} member {name} removed",
                side,
                old=name,
                breaking=removal_breaks,
            )
        old_inline = [m for m in old_members if not ref_name(m)]
        new_inline = [m for m in new_members if not ref_name(m)]
        # Inline members: pair those of the same type first (upstream inserts members anywhere), then
        # the rest by position.
        for member in list(old_inline):
            match = next((m for m in new_inline if _describe(m) == _describe(member)), None)
            if match is not None:
                old_inline.remove(member)
                new_inline.remove(match)
                self.schema(member, match, f"{where}<{key} {_describe(member)}>", side, depth + 1)
        for index in range(max(len(old_inline), len(new_inline))):
            loc = f"{where}<{key}[{index}]>"
            if index >= len(old_inline):
                self.add(
                    "variant.added",
                    loc,
                    f"{where}: inline {key} member {_describe(new_inline[index])} added",
                    side,
                    new=_describe(new_inline[index]),
                )
            elif index >= len(new_inline):
                self.add(
                    "variant.removed",
                    loc,
                    f"{where}: inline {key} member {_describe(old_inline[index])} removed",
                    side,
                    old=_describe(old_inline[index]),
                    breaking=removal_breaks,
                )
            else:
                self.schema(old_inline[index], new_inline[index], loc, side, depth + 1)

    # -- operations

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old_doc), _operations(self.new_doc)
        added = {k: new_ops[k] for k in new_ops.keys() - old_ops.keys()}
        removed = {k: old_ops[k] for k in old_ops.keys() - new_ops.keys()}
        # Same operationId on a removed and an added key: the operation moved.
        removed_by_id = {op.operation_id: op for op in removed.values() if op.operation_id}
        for key in sorted(added, key=lambda k: (k[1], k[0])):
            new_op = added[key]
            old_op = removed_by_id.get(new_op.operation_id) if new_op.operation_id else None
            if old_op is not None and old_op.key in removed:
                del removed[old_op.key]
                self.target = new_op.name
                self.add(
                    "operation.moved",
                    new_op.name,
                    f"`{new_op.operation_id}` moved from {old_op.name} to {new_op.name}",
                    "both",
                    old=old_op.name,
                    new=new_op.name,
                )
                self.operation(old_op, new_op)
                continue
            self.target = new_op.name
            summary = new_op.op.get("summary") or ""
            self.add(
                "operation.added",
                new_op.name,
                f"{new_op.name} added"
                f"{f' ({new_op.operation_id})' if new_op.operation_id else ''}"
                f"{f': {summary}' if summary else ''}",
                "both",
                new=new_op.operation_id or None,
            )
        for key in sorted(removed, key=lambda k: (k[1], k[0])):
            old_op = removed[key]
            self.target = old_op.name
            self.add(
                "operation.removed",
                old_op.name,
                f"{old_op.name} removed{f' ({old_op.operation_id})' if old_op.operation_id else ''}",
                "both",
                old=old_op.operation_id or None,
            )
        for key in sorted(old_ops.keys() & new_ops.keys(), key=lambda k: (k[1], k[0])):
            self.target = new_ops[key].name
            self.operation(old_ops[key], new_ops[key])

    def operation(self, old: _Op, new: _Op) -> None:
        name = new.name
        if old.operation_id != new.operation_id and old.operation_id and new.operation_id:
            self.add(
                "operation.renamed",
                name,
                f"{name}: operationId {old.operation_id} -> {new.operation_id}",
                "both",
                old=old.operation_id,
                new=new.operation_id,
            )
        if old.key == new.key and old.path != new.path:
            for before, after in zip(_path_params(old.path), _path_params(new.path), strict=False):
                if before != after:
                    self.add(
                        "path_parameter.renamed",
                        f"{name} parameter path {after}",
                        f"{name}: path parameter {{{before}}} renamed to {{{after}}}",
                        "request",
                        old=before,
                        new=after,
                    )
        old_tags, new_tags = (old.op.get("tags") or [])[:1], (new.op.get("tags") or [])[:1]
        if old_tags != new_tags:
            self.add(
                "operation.tag_changed",
                name,
                f"{name}: tag {old_tags[0] if old_tags else '(none)'} -> "
                f"{new_tags[0] if new_tags else '(none)'} (the generated module moves)",
                "both",
                old=old_tags[0] if old_tags else None,
                new=new_tags[0] if new_tags else None,
            )
        old_dep, new_dep = old.op.get("deprecated") is True, new.op.get("deprecated") is True
        if old_dep != new_dep:
            kind = "operation.deprecated" if new_dep else "operation.undeprecated"
            self.add(kind, name, f"{name}: {KIND_LABELS[kind]}", "both")
        self.parameters(old, new)
        self.request_body(old, new)
        self.responses(old, new)

    def parameters(self, old: _Op, new: _Op) -> None:
        name = new.name

        def label(key: tuple[str, Any], op: _Op) -> str:
            param = op.params[key]
            return f"{name} parameter {key[0]} {param.get('name')}"

        for key in sorted(new.params.keys() - old.params.keys(), key=str):
            param = new.params[key]
            required = param.get("required") is True
            loc = label(key, new)
            self.add(
                "parameter.added",
                loc,
                f"{loc} added ({_describe(param.get('schema'))}{', required' if required else ''})",
                "request",
                new=param.get("name"),
                breaking=required,
            )
        for key in sorted(old.params.keys() - new.params.keys(), key=str):
            loc = label(key, old)
            self.add("parameter.removed", loc, f"{loc} removed", "request", old=old.params[key].get("name"))
        for key in sorted(old.params.keys() & new.params.keys(), key=str):
            before, after = old.params[key], new.params[key]
            loc = label(key, new)
            if after.get("required") is True and before.get("required") is not True:
                self.add("parameter.required", loc, f"{loc}: newly required", "request")
            elif before.get("required") is True and after.get("required") is not True:
                self.add("parameter.optional", loc, f"{loc}: no longer required", "request")
            # The normaliser's V1 makes Intercom-Version a plain string defaulting to the package's
            # version: its schema (an enum of versions, renamed for Preview) never breaks a caller.
            side = "none" if key == ("header", "intercom-version") else "request"
            self.schema(before.get("schema"), after.get("schema"), loc, side)

    def request_body(self, old: _Op, new: _Op) -> None:
        name = new.name
        before = _resolve(self.old_doc, old.op.get("requestBody"), "requestBodies")
        after = _resolve(self.new_doc, new.op.get("requestBody"), "requestBodies")
        loc = f"{name} request"
        if not isinstance(before, dict) and not isinstance(after, dict):
            return
        if not isinstance(before, dict):
            required = after.get("required") is True
            self.add(
                "request_body.added",
                loc,
                f"{loc} body added{' (required)' if required else ''}",
                "request",
                breaking=required,
            )
            return
        if not isinstance(after, dict):
            self.add("request_body.removed", loc, f"{loc} body removed", "request")
            return
        if after.get("required") is True and before.get("required") is not True:
            self.add("request_body.required", loc, f"{loc} body newly required", "request")
        elif before.get("required") is True and after.get("required") is not True:
            self.add("request_body.optional", loc, f"{loc} body no longer required", "request")
        self.content(before, after, loc, "request")

    def content(self, before: dict[str, Any], after: dict[str, Any], loc: str, side: Side) -> None:
        old_content = before.get("content") or {}
        new_content = after.get("content") or {}
        if len(old_content) == 1 and len(new_content) == 1:
            (old_type, media_old), (new_type, media_new) = (
                next(iter(old_content.items())),
                next(iter(new_content.items())),
            )
            if old_type != new_type:
                self.add(
                    "schema.type_changed",
                    loc,
                    f"{loc}: media type {old_type} -> {new_type}",
                    side,
                    old=old_type,
                    new=new_type,
                )
            if isinstance(media_old, dict) and isinstance(media_new, dict):
                self.schema(media_old.get("schema"), media_new.get("schema"), loc, side)
            return
        for media in sorted(old_content.keys() | new_content.keys()):
            where = f"{loc} ({media})"
            media_old, media_new = old_content.get(media), new_content.get(media)
            if media_old is None or media_new is None:
                kind = "variant.added" if media_old is None else "variant.removed"
                self.add(
                    kind,
                    where,
                    f"{loc}: media type {media} {'added' if media_old is None else 'removed'}",
                    side,
                    old=media if media_new is None else None,
                    new=media if media_old is None else None,
                )
            elif isinstance(media_old, dict) and isinstance(media_new, dict):
                self.schema(media_old.get("schema"), media_new.get("schema"), where, side)

    def responses(self, old: _Op, new: _Op) -> None:
        name = new.name
        old_responses = old.op.get("responses") or {}
        new_responses = new.op.get("responses") or {}
        for status in sorted(map(str, new_responses.keys() - old_responses.keys())):
            loc = f"{name} response {status}"
            self.add("response.added", loc, f"{loc} added", "response")
        for status in sorted(map(str, old_responses.keys() - new_responses.keys())):
            loc = f"{name} response {status}"
            self.add("response.removed", loc, f"{loc} removed", "response", breaking=status.startswith("2"))
        common = {str(k): k for k in old_responses.keys() & new_responses.keys()}
        for status in sorted(common):
            key = common[status]
            before = _resolve(self.old_doc, old_responses[key], "responses")
            after = _resolve(self.new_doc, new_responses[key], "responses")
            if isinstance(before, dict) and isinstance(after, dict):
                self.content(before, after, f"{name} response {status}", "response")

    # -- components

    def components(self) -> None:
        self.scope = "component"
        old_schemas = (self.old_doc.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new_doc.get("components") or {}).get("schemas") or {}
        sides = _component_sides(self.old_doc) | _component_sides(self.new_doc)
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self.target = name
            self.add("component.added", name, f"{name} added ({_describe(new_schemas[name])})", "both")
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            self.target = name
            self.add("component.removed", name, f"{name} removed (its model class is gone)", "both")
        for name in sorted(old_schemas.keys() & new_schemas.keys()):
            self.target = name
            self.schema(old_schemas[name], new_schemas[name], name, _side_of(sides, name))


def _component_sides(doc: dict[str, Any]) -> _Sides:
    request_roots, response_roots = [], []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for raw in item.get("parameters") or []:
            param = _resolve(doc, raw, "parameters")
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                request_roots.append(param["schema"])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            for raw in op.get("parameters") or []:
                param = _resolve(doc, raw, "parameters")
                if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                    request_roots.append(param["schema"])
            body = _resolve(doc, op.get("requestBody"), "requestBodies")
            request_roots.extend(_media(body))
            for response in (op.get("responses") or {}).values():
                response_roots.extend(_media(_resolve(doc, response, "responses")))
        del path
    return _Sides(reachable_components(doc, request_roots), reachable_components(doc, response_roots))


def _media(container: Any) -> Iterator[dict[str, Any]]:
    if isinstance(container, dict):
        for media in (container.get("content") or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media["schema"]


@dataclass(frozen=True)
class _Sides:
    request: set[str]
    response: set[str]

    def __or__(self, other: _Sides) -> _Sides:
        return _Sides(self.request | other.request, self.response | other.response)


def _side_of(sides: _Sides, name: str) -> Side:
    in_request, in_response = name in sides.request, name in sides.response
    if in_request and not in_response:
        return "request"
    if in_response and not in_request:
        return "response"
    return "both"  # used on both sides, or by nothing (then be conservative)


def diff(
    old_doc: dict[str, Any], new_doc: dict[str, Any], old: SpecRef, new: SpecRef, notes: Iterable[str] = ()
) -> Changelog:
    """The changelog from `old_doc` to `new_doc` (overlaid specs; neither is modified)."""
    differ = _Differ(old_doc, new_doc)
    differ.operations()
    differ.components()
    changes = sorted(set(differ.changes), key=lambda c: c.sort_key)
    return Changelog(old, new, changes, sorted(set(notes)))


# --- Markdown ---------------------------------------------------------------------------------------

#: Sections of a group with more entries than this are folded (<details>) in the Markdown.
FOLD_AFTER = 12


def _spec_line(ref: SpecRef) -> str:
    return f"`{ref.label}` (sha256 `{ref.sha256[:12]}`)"


def _version_name(ref: SpecRef) -> str:
    return "Preview" if ref.version == "0" else ref.version


def render_markdown(log: Changelog, title: str | None = None) -> str:
    s = log.summary()
    if title is None:
        if log.old.version == log.new.version:
            title = (
                f"API changelog: Intercom-Version {_version_name(log.new)}, {log.old.label} → {log.new.label}"
            )
        else:
            title = f"API changelog: Intercom-Version {_version_name(log.old)} → {_version_name(log.new)}"
    out = [f"# {title}", ""]
    out.append(
        f"From {_spec_line(log.old)} to {_spec_line(log.new)}. Computed from the **{BASIS}** specs, "
        "so *required* and *nullable* changes are what the API says, not what the lenient generated "
        "types say. **breaking** = breaks a caller of the generated client "
        "(rules: docs/changelog/README.md)."
    )
    out.append("")
    out.append(
        f"**{s['total']} changes, {s['breaking']} breaking**: {s['operations_added']} operations added, "
        f"{s['operations_removed']} removed; {s['added']} additions, {s['removed']} removals, "
        f"{s['changed']} other changes in all."
    )
    out.append("")
    if log.notes:
        out.append("Notes:")
        out.extend(f"- {note}" for note in log.notes)
        out.append("")
    if not log.changes:
        out.append("No API changes.")
        return "\n".join(out) + "\n"

    breaking = [c for c in log.changes if c.breaking]
    renames = [c for c in breaking if c.kind == "path_parameter.renamed"]
    breaking = [c for c in breaking if c.kind != "path_parameter.renamed"]
    out.append(f"## Breaking changes ({len(breaking) + len(renames)})")
    out.append("")
    if not breaking and not renames:
        out.append("None.")
        out.append("")
    for scope, heading in (("operation", "Operations"), ("component", "Components")):
        _groups(out, [c for c in breaking if c.scope == scope], heading, level=3)
    if renames:
        out.append(
            f"<details><summary>{len(renames)} path parameters renamed (breaks callers that pass them by "
            "keyword)</summary>"
        )
        out.append("")
        out.extend(f"- `{c.target}`: `{{{c.old}}}` → `{{{c.new}}}`" for c in renames)
        out.append("")
        out.append("</details>")
        out.append("")

    ops_added = [c for c in log.changes if c.kind == "operation.added"]
    if ops_added:
        out.append(f"## Operations added ({len(ops_added)})")
        out.append("")
        out.extend(f"- {c.message}" for c in ops_added)
        out.append("")
    components_added = [c for c in log.changes if c.kind == "component.added"]
    if components_added:
        out.append(f"## Components added ({len(components_added)})")
        out.append("")
        out.append(", ".join(f"`{c.target}`" for c in components_added))
        out.append("")
    other = [
        c for c in log.changes if not c.breaking and c.kind not in ("operation.added", "component.added")
    ]
    if other:
        out.append(f"## Other changes ({len(other)})")
        out.append("")
        for scope, heading in (("operation", "Operations"), ("component", "Components")):
            _groups(out, [c for c in other if c.scope == scope], heading, level=3)
    return "\n".join(out).rstrip() + "\n"


def _groups(out: list[str], changes: list[Change], heading: str, level: int) -> None:
    """Changes grouped by operation or component, folded when a group is long."""
    if not changes:
        return
    groups: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        groups[c.target].append(c)
    out.append(f"{'#' * level} {heading} ({len(changes)} in {len(groups)})")
    out.append("")
    for target, entries in groups.items():
        lines = _bullets(entries)
        if len(entries) > FOLD_AFTER:
            out.append(f"<details><summary><code>{target}</code>: {len(entries)} changes</summary>")
            out.append("")
            out.extend(lines)
            out.append("")
            out.append("</details>")
            out.append("")
        elif len(entries) == 1:
            out.append(f"- `{target}`: {_bullet_text(entries[0])}")
        else:
            out.append(f"- `{target}`:")
            out.extend(f"  {line}" for line in lines)
    out.append("")


def _bullet_text(c: Change) -> str:
    return _short(c)


def _short(c: Change) -> str:
    """The message without the target, which the group heading already shows."""
    text = c.message
    for prefix in (f"{c.target}: ", f"{c.target} "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return text


def _bullets(changes: list[Change]) -> list[str]:
    return [f"- {_bullet_text(c)}" for c in changes]


# --- all pairs --------------------------------------------------------------------------------------


def summary_table(logs: list[Changelog]) -> str:
    """The per-pair counts as a Markdown table (docs/changelog/README.md)."""
    header = ["pair", "ops added", "ops removed", "added", "removed", "changed", "breaking", "total"]
    rows = []
    for log in logs:
        s = log.summary()
        rows.append(
            [
                f"{_version_name(log.old)} → {_version_name(log.new)}",
                str(s["operations_added"]),
                str(s["operations_removed"]),
                str(s["added"]),
                str(s["removed"]),
                str(s["changed"]),
                str(s["breaking"]),
                str(s["total"]),
            ]
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


# --- `python -m intercom_codegen diff` --------------------------------------------------------------

DIFF_HELP = """\
Compare two specs: A and B are VERSION or VERSION@SOURCE, SOURCE being a checkout directory of the
upstream repository, a description file, or a commit (fetched from the upstream raw URL). Examples:
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


def _pair_name(log: Changelog) -> str:
    return f"{_version_name(log.old)}-to-{_version_name(log.new)}"


def write_pair(log: Changelog, directory: Path) -> list[Path]:
    """Write `<old>-to-<new>.md` and `.json` into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    md, js = directory / f"{_pair_name(log)}.md", directory / f"{_pair_name(log)}.json"
    md.write_text(log.to_markdown(), encoding="utf-8")
    js.write_text(log.to_json(), encoding="utf-8")
    return [md, js]


def run_diff(args: Any) -> int:
    import sys

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
