"""The comparison of two overlaid specs: operations, parameters, bodies, responses and components.

Operations are keyed by method and path template with parameter names blanked (`/contacts/{}`), so a
path that differs only in its parameter names (`{id}` -> `{contact_id}`) is the same operation and the
rename is reported. A different operationId on the same key is a rename; the same operationId on a
removed and an added key is a move. Inline schemas are walked property by property (to a bounded depth);
a `$ref` is compared by its target only, because the component's own changes are reported once, at the
component. Properties beside a combinator are walked too, and a one-member `allOf` of a `$ref` (how
OpenAPI 3.0 puts siblings on a reference) is the reference plus its siblings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from intercom_codegen.changelog.model import Change, Changelog, SpecRef
from intercom_codegen.changelog.rules import KIND_LABELS, MAX_DEPTH, TYPED_FORMATS, Side, is_breaking
from intercom_codegen.schemas import COMBINATORS, METHODS, reachable_components, ref_name

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


def _canonical(value: Any) -> str:
    """A value as sorted JSON (defaults, discriminators), or "(none)"."""
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _as_all_of(schema: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """A plain `$ref` as the one-member `allOf` the other side spells it with (same generated type)."""
    if "$ref" in schema and "$ref" not in other and isinstance(other.get("allOf"), list):
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        return {**rest, "allOf": [{"$ref": schema["$ref"]}]}
    return schema


def _hashable(value: Any) -> Any:
    """A value an entry can hold (entries are de-duplicated in a set): lists become tuples, objects JSON."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return _canonical(value)
    return value


def _object_like(schema: dict[str, Any]) -> bool:
    """Does the generator read this schema's properties (an object, or a schema without a type)?"""
    return schema.get("type") in (None, "object")


def _extra_kind(value: Any) -> str:
    """additionalProperties as the generator sees it: a typed map, any value, or none allowed."""
    if isinstance(value, dict):
        return "schema"
    return "none" if value is False else "any"


def _describe_extra(value: Any) -> str:
    if isinstance(value, dict):
        return _describe(value)
    return "false" if value is False else "(any)"


#: (before, after) -> (breaking in a request, breaking in a response); see rules.py.
_EXTRA_BREAKS: dict[tuple[str, str], tuple[bool, bool]] = {
    ("schema", "any"): (True, True),
    ("schema", "none"): (True, True),
    ("any", "schema"): (True, False),
    ("none", "schema"): (False, False),
    ("any", "none"): (True, False),
    ("none", "any"): (False, False),
}


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
        if "$ref" in old and "$ref" in new:
            return  # a plain reference: the component's own changes are reported at the component
        # `$ref: X` -> `allOf: [$ref: X]` + siblings: the generator makes a new model class holding X's
        # fields and the siblings' (the type changes); then compare the siblings.
        if ("$ref" in old) != ("$ref" in new):
            self.add(
                "schema.type_changed",
                where,
                f"{where}: type {_describe(old)} -> {_describe(new)} with its own properties (a new model class)"
                if "$ref" in old
                else f"{where}: type {_describe(old)} with its own properties -> {_describe(new)}",
                side,
                old=_describe(old),
                new=_describe(new),
            )
            old, new = _as_all_of(old, new), _as_all_of(new, old)
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
        if _canonical(old.get("default")) != _canonical(new.get("default")):
            self.add(
                "schema.default_changed",
                where,
                f"{where}: default {_canonical(old.get('default'))} -> {_canonical(new.get('default'))}",
                side,
                old=_hashable(old.get("default")),
                new=_hashable(new.get("default")),
            )
        self.enum(old.get("enum"), new.get("enum"), where, side)
        for key in COMBINATORS:
            if isinstance(old.get(key), list) or isinstance(new.get(key), list):
                self.members(old, new, key, where, side, depth)
        if _object_like(old) and _object_like(new):
            # Properties beside a combinator are merged into the generated model: compared too. A
            # string or integer schema with stray `properties` (upstream has some on query parameters)
            # generates no model, so its `properties` mean nothing to the client.
            self.properties(old, new, where, side, depth)
            self.additional_properties(old, new, where, side, depth)
            self.discriminator(old, new, where, side)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(old["items"], new["items"], f"{where}[]", side, depth + 1)

    def enum(self, old: Any, new: Any, where: str, side: Side) -> None:
        if not isinstance(old, list) and not isinstance(new, list):
            return
        if not isinstance(old, list) or not isinstance(new, list):
            # A whole enum appears (the value gets an enum class) or disappears (the class is deleted).
            kind = "enum.added" if isinstance(new, list) else "enum.removed"
            values = new if isinstance(new, list) else old
            shown = ", ".join(_fmt_enum(v) for v in values)
            verb = "became an enum of" if kind == "enum.added" else "no longer an enum (was"
            self.add(
                kind,
                where,
                f"{where}: {verb} {shown}{')' if kind == 'enum.removed' else ''}",
                side,
                old=None if kind == "enum.added" else _hashable(values),
                new=_hashable(values) if kind == "enum.added" else None,
            )
            return
        old_keys = {_fmt_enum(v): v for v in old}
        new_keys = {_fmt_enum(v): v for v in new}
        for key in sorted(new_keys.keys() - old_keys.keys()):
            self.add("enum.value_added", where, f"{where}: enum value {key} added", side, new=new_keys[key])
        for key in sorted(old_keys.keys() - new_keys.keys()):
            self.add(
                "enum.value_removed", where, f"{where}: enum value {key} removed", side, old=old_keys[key]
            )

    def additional_properties(
        self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side, depth: int
    ) -> None:
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(old_extra, new_extra, f"{where}{{*}}", side, depth + 1)
            return
        before, after = _extra_kind(old_extra), _extra_kind(new_extra)
        if before == after:
            return
        request, response = _EXTRA_BREAKS[(before, after)]
        breaking = side != "none" and (
            request if side == "request" else response if side == "response" else request or response
        )
        self.add(
            "additional_properties.changed",
            where,
            f"{where}: additionalProperties {_describe_extra(old_extra)} -> {_describe_extra(new_extra)}",
            side,
            old=_describe_extra(old_extra),
            new=_describe_extra(new_extra),
            breaking=breaking,
        )

    def discriminator(self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side) -> None:
        before, after = _canonical(old.get("discriminator")), _canonical(new.get("discriminator"))
        if before != after:
            self.add(
                "discriminator.changed",
                where,
                f"{where}: discriminator {before} -> {after}",
                side,
                old=_hashable(old.get("discriminator")),
                new=_hashable(new.get("discriminator")),
            )

    def properties(
        self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side, depth: int
    ) -> None:
        old_props: dict[str, Any] = old["properties"] if isinstance(old.get("properties"), dict) else {}
        new_props: dict[str, Any] = new["properties"] if isinstance(new.get("properties"), dict) else {}
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
    request_roots: list[Any] = []
    response_roots: list[Any] = []
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


__all__ = ["diff"]
