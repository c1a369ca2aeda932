"""Generic rules that make any Intercom OpenAPI description generate cleanly and parse leniently.

Each rule is a function `rule(doc, report)` that edits the document in place and records every place
it changed. Rules hold only where a rule, not a list, is the truth (the G rows of
../shared/notes/spec-quirks.md, and the L rules for real-world responses); fixes that name a particular
schema or operation are overlays (overlays/*.yaml), where they carry their evidence.

    G8  component titles collide -> class name = schema key
    G7  `nullable` on a component root -> nullability moves to the referencing properties
    G1  a path template variable declared `in: query` -> `in: path, required: true`
    G2  anyOf/oneOf whose members only carry `required` -> dropped (it constrains, it does not type)
    G3  `type: array` without `items` -> `items: {}`
    G6  inline object members of a component's root oneOf/anyOf -> hoisted to named components
    G4  a one-member allOf/oneOf/anyOf of a $ref -> a plain $ref, or allOf + the sibling properties
    L1  response models: no property is required (the server omits "required" fields)
    L2  response models: every property may be null (the server and the examples send nulls)
    L3  response models: unknown properties are kept (`additionalProperties: false` dropped)
    G5  `$ref` with a sibling `nullable` -> `oneOf: [$ref]` + `nullable` (siblings of $ref are ignored)
    O2  an inline response object shaped like a component -> `$ref` to it; shaped like a component
        plus a few properties of its own -> `allOf: [$ref C, {those properties}]` (then O1)
    D1  a union of components is parsed by a tag: the declared `discriminator`, else a property every
        member fixes to one value (`type`, `allowed`), else the parent's property an overlay names
        (`x-intercom-discriminator`); each member component is annotated `x-intercom-tag`
    O1  `allOf: [$ref C, {properties}]` -> marked `x-intercom-extends: C` (its class subclasses C's);
        `allOf: [$ref C, {}]` with nothing to add -> plain `$ref C` (one class per object)
    F1  a date/date-time string inside a free-form map (custom attributes) -> a plain string: its values
        are the customer's data and must come back exactly as sent
    E2  an enum that lists null and also says `nullable` -> `nullable` dropped (one class, not three)
    G9  an inline enum/object whose generated class name equals a component's -> titled apart
    G11 a JSON response that declares no schema -> `schema: {}`, so its body is returned, not dropped
    E1  every string enum member is named from its value by one rule (`enum_member_name`), never by
        its position, so a name means the same value in every version and at every upstream commit
    V1  the Intercom-Version header parameter defaults to the package's own version (a plain string)

A final check refuses `$ref`s to components that do not exist: those are fixed by an overlay that
defines the component, with evidence, not by a guess here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from intercom_codegen.schemas import (
    COMBINATORS,
    REF_PREFIX,
    Location,
    all_schemas,
    operations,
    pointer,
    reachable_components,
    ref_name,
    response_roots,
    walk_schema,
)

#: Keywords that make a schema say something about a value's type or shape (not just constrain it).
TYPING_KEYWORDS = frozenset(
    {"type", "properties", "$ref", "items", "enum", "additionalProperties", "format", *COMBINATORS}
)

Report = dict[str, list[str]]


class NormaliseError(Exception):
    """The document has a defect no generic rule may fix (fix it with an overlay)."""


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc.setdefault("components", {}).setdefault("schemas", {})


def drop_component_titles(doc: dict[str, Any], report: Report) -> None:
    """G8: the generator names a component's class after its `title`, and titles collide
    ("Paginated Response" on several schemas), silently dropping models. Schema keys are unique."""
    for name, schema in _schemas(doc).items():
        if isinstance(schema, dict) and "title" in schema:
            del schema["title"]
            report["G8"].append(pointer(("components", "schemas", name, "title")))


def move_root_nullable(doc: dict[str, Any], report: Report) -> None:
    """G7: `nullable: true` on a component root makes the generator emit duplicate models. Nullability
    belongs to where the component is used, so every property/item referring to it becomes nullable."""
    nullable_roots = set()
    for name, schema in _schemas(doc).items():
        if isinstance(schema, dict) and schema.get("nullable") is True:
            del schema["nullable"]
            nullable_roots.add(name)
            report["G7"].append(pointer(("components", "schemas", name, "nullable")))
    if not nullable_roots:
        return
    for location, schema in all_schemas(doc):
        is_member = len(location) >= 2 and location[-2] in ("properties", *COMBINATORS)
        is_member = is_member or location[-1:] in (("items",), ("additionalProperties",))
        if is_member and ref_name(schema) in nullable_roots and "nullable" not in schema:
            make_nullable(schema)


def path_params_in_query(doc: dict[str, Any], report: Report) -> None:
    """G1: `/export/reporting_data/{job_identifier}` declares `job_identifier` `in: query`; the
    generator drops such endpoints. A template variable is a path parameter, always."""
    for path, method, op in operations(doc):
        template_vars = set(re.findall(r"{([^}]+)}", path))
        params = op.get("parameters") or []
        declared = {p.get("name") for p in params if isinstance(p, dict) and p.get("in") == "path"}
        for index, param in enumerate(params):
            if not isinstance(param, dict) or param.get("in") != "query":
                continue
            name = param.get("name")
            if name in template_vars and name not in declared:
                param["in"] = "path"
                param["required"] = True
                declared.add(name)
                report["G1"].append(pointer(("paths", path, method, "parameters", index)))


#: Written by G2: the groups of properties of which at least one must be set (an `anyOf` of `required`).
REQUIRED_ONE_OF = "x-intercom-required-one-of"
#: Written by the lenient rules on every object schema of a response (read by the model template).
RESPONSE = "x-intercom-response"


def drop_constraint_only_combinators(doc: dict[str, Any], report: Report) -> None:
    """G2: `anyOf: [{required: [email]}, {required: [external_id]}]` says "one of these must be set";
    the generator reads it as a union of Any and writes invalid Python. It constrains, it does not
    type, so it goes as a schema; an anyOf's groups are kept as `x-intercom-required-one-of`, which the
    model template checks in `to_dict()`, so a request missing all of them fails before it is sent."""
    for location, schema in all_schemas(doc):
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if (
                isinstance(members, list)
                and members
                and all(isinstance(m, dict) and not (m.keys() & TYPING_KEYWORDS) for m in members)
            ):
                del schema[key]
                groups = [m.get("required") for m in members]
                declared = set(schema.get("properties") or {})
                if key == "anyOf" and all(isinstance(g, list) and g and set(g) <= declared for g in groups):
                    schema[REQUIRED_ONE_OF] = groups
                report["G2"].append(pointer((*location, key)))


def add_missing_array_items(doc: dict[str, Any], report: Report) -> None:
    """G3: `type: array` without `items` is invalid OpenAPI 3.0; the generator drops the model."""
    for location, schema in all_schemas(doc):
        if schema.get("type") == "array" and "items" not in schema:
            schema["items"] = {}
            report["G3"].append(pointer(location))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def hoist_root_union_members(doc: dict[str, Any], report: Report) -> None:
    """G6: inline object members of a component's root oneOf/anyOf get unprefixed, duplicated class
    names. Each becomes a component `<parent>_<member title or index>` referenced from the union."""
    schemas = _schemas(doc)
    for name in list(schemas):
        schema = schemas[name]
        for key in ("oneOf", "anyOf"):
            members = schema.get(key) if isinstance(schema, dict) else None
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                if not (member.get("properties") or member.get("type") == "object"):
                    continue
                new_name = f"{name}_{_slug(str(member.get('title') or f'variant_{index}'))}"
                while new_name in schemas:
                    new_name += "_"
                hoisted = dict(member)
                hoisted.pop("title", None)
                hoisted.setdefault("type", "object")
                schemas[new_name] = hoisted
                members[index] = {"$ref": REF_PREFIX + new_name}
                report["G6"].append(pointer(("components", "schemas", name, key, index)))
            if schema.get("type") == "object" and not schema.get("properties"):
                del schema["type"]


def simplify_single_ref_combinators(doc: dict[str, Any], report: Report) -> None:
    """G4: `allOf: [$ref]` with sibling `properties` loses the properties; with sibling `nullable` it
    loses the nullability; alone it is just an indirection. Make each explicit."""
    for location, schema in all_schemas(doc):
        for key in COMBINATORS:
            members = schema.get(key)
            if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
                continue
            if "$ref" not in members[0]:
                continue
            ref = members[0]["$ref"]
            if schema.get("properties") or (key == "allOf" and schema.get("required")):
                extra: dict[str, Any] = {"type": "object"}
                for sibling in ("properties", "required"):
                    if sibling in schema:
                        extra[sibling] = schema.pop(sibling)
                del schema[key]
                schema.pop("type", None)
                schema["allOf"] = [{"$ref": ref}, extra]
                report["G4"].append(pointer((*location, key)))
            elif schema.get("nullable"):
                del schema[key]
                schema.pop("type", None)
                schema["oneOf"] = [{"$ref": ref}]
                report["G4"].append(pointer((*location, key)))
            else:
                del schema[key]
                schema.pop("type", None)
                schema["$ref"] = ref
                report["G4"].append(pointer((*location, key)))
            break


def schemaless_json_responses(doc: dict[str, Any], report: Report) -> None:
    """G11: `PUT /admins/{admin_id}/away` 400 (and others) give JSON examples but no schema; the
    generator then returns None for that status and the body (an error.list) is lost. Any JSON is
    better than nothing: the schema becomes `{}`."""
    for path, method, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not isinstance(response, dict):
                continue
            for media_type, media in (response.get("content") or {}).items():
                if isinstance(media, dict) and "json" in media_type and "schema" not in media:
                    media["schema"] = {}
                    report["G11"].append(
                        pointer(("paths", path, method, "responses", status, "content", media_type))
                    )


def _response_model_schemas(doc: dict[str, Any]) -> list[tuple[Location, dict[str, Any]]]:
    """Every schema (nested ones too) that describes part of a response body."""
    roots = [schema for _, schema in response_roots(doc)]
    names = reachable_components(doc, roots)
    found: list[tuple[Location, dict[str, Any]]] = []
    for location, root in response_roots(doc):
        found.extend(walk_schema(root, location))
    for name in sorted(names):
        found.extend(walk_schema(_schemas(doc)[name], ("components", "schemas", name)))
    return found


def make_nullable(schema: dict[str, Any], name: str | None = None) -> None:
    """Allow null in a schema.

    The generator reads an enum as nullable only when null is one of its values (as OpenAPI 3.0
    strictly requires), and `nullable: true` beside such an enum nests a second union whose classes
    get `Type1`/`Type2Type1` suffixes. So an enum gets null as a value and no `nullable`, and a title
    equal to its property name keeps its class name what it was (`ActivityLogActivityType`).
    """
    if isinstance(schema.get("enum"), list):
        if None not in schema["enum"]:
            schema["enum"].append(None)
        schema.pop("nullable", None)
        if name is not None and "title" not in schema:
            schema["title"] = name
    else:
        schema["nullable"] = True


def _accepts_null(schema: dict[str, Any]) -> bool:
    """Should null be added to this property schema (and can it be, without the generator refusing)?"""
    enum = schema.get("enum")
    if isinstance(enum, list):
        return None not in enum and not any(isinstance(value, bool) for value in enum)
    # Already nullable, or Any (which includes None): nothing to add.
    return schema.get("nullable") is not True and bool(schema.keys() & TYPING_KEYWORDS)


def lenient_responses(doc: dict[str, Any], report: Report) -> None:
    """L1-L3: what the server really sends must parse. It omits properties marked required
    (Intercom-OpenAPI #190, PR #274: tags, companies, admins, articles), sends null where the schema
    does not say nullable (2.16 and Preview's own examples: `conversation.ai_topics`), and adds
    properties before the descriptions list them. So every schema that describes a response: no
    required properties (L1), every property nullable (L2), unknown properties kept (L3). Each such
    object schema is marked `x-intercom-response`: its model reads absent and null both as None.
    Request-only schemas keep their constraints: they are what callers build."""
    for location, schema in _response_model_schemas(doc):
        if isinstance(schema.get("required"), list):
            del schema["required"]
            report["L1"].append(pointer(location))
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and _accepts_null(prop):
                make_nullable(prop, name)
                report["L2"].append(pointer((*location, "properties", name)))
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            report["L3"].append(pointer(location))
        if (schema.get("properties") or schema.get("allOf")) and not schema.get(RESPONSE):
            schema[RESPONSE] = True


def nullable_refs(doc: dict[str, Any], report: Report) -> None:
    """G5: in OpenAPI 3.0 the siblings of a `$ref` are ignored, so `{$ref, nullable: true}` is not
    nullable to the generator, and a null from the server crashes `from_dict`."""
    for location, schema in all_schemas(doc):
        if "$ref" in schema and schema.get("nullable") is True:
            ref = schema.pop("$ref")
            schema["oneOf"] = [{"$ref": ref}]
            report["G5"].append(pointer(location))
        elif schema.get("nullable") is True and schema.get("type") and any(k in schema for k in COMBINATORS):
            # `type: object` beside a nullable oneOf would be unioned with the oneOf itself.
            del schema["type"]


def title_colliding_inline_models(doc: dict[str, Any], report: Report) -> None:
    """G9: the generator names an inline enum/object of component K, property P, `K` + `P` in
    PascalCase. When that equals another component's class name (`ticket.type` vs `ticket_type`, both
    TicketType), it reports "conflicting enums" and drops `ticket`. A title moves it apart."""
    try:
        from openapi_python_client.strings import ClassName
    except ImportError:
        # Without the generator (an installed sandbox or changelog, no `codegen` extra) there are no
        # class names to collide: titles change generated names only, never what a document validates.
        return

    schemas = _schemas(doc)
    top = {str(ClassName(name, "field_")): name for name in schemas}
    for name, schema in schemas.items():
        parent = ClassName(name, "field_")
        for prop_name, prop in (schema.get("properties") or {}).items() if isinstance(schema, dict) else ():
            if not isinstance(prop, dict) or "$ref" in prop:
                continue
            if not (prop.get("enum") or prop.get("properties")):
                continue
            own = str(prop.get("title") or prop_name)
            inline = str(ClassName(f"{parent}{ClassName(own, 'field_')}", "field_"))
            if top.get(inline, name) != name:
                prop["title"] = f"{prop_name}_{'enum' if prop.get('enum') else 'object'}"
                report["G9"].append(pointer(("components", "schemas", name, "properties", prop_name)))


def default_version_header(doc: dict[str, Any], header: str) -> Report:
    """V1: operations take an optional `Intercom-Version` header whose schema is a `$ref` to a 20-value
    enum with no usable default, so generated calls send no version unless the caller passes one, and
    some operations (5 of 162 in 2.15) do not declare the header at all. The package for version X
    must send X on every call: the parameter becomes a plain string defaulting to X, declared on every
    operation (a caller can still pass another value)."""
    report: Report = defaultdict(list)
    for path, method, op in operations(doc):
        params = op.setdefault("parameters", [])
        found = False
        for index, param in enumerate(params):
            if (
                isinstance(param, dict)
                and param.get("in") == "header"
                and str(param.get("name")).lower() == "intercom-version"
            ):
                param["schema"] = {"type": "string", "default": header}
                found = True
                report["V1"].append(pointer(("paths", path, method, "parameters", index)))
        if not found:
            params.append({**VERSION_PARAMETER, "schema": {"type": "string", "default": header}})
            report["V1"].append(pointer(("paths", path, method, "parameters", len(params) - 1)))
    return report


VERSION_PARAMETER: dict[str, Any] = {
    "name": "Intercom-Version",
    "in": "header",
    "required": False,
    "description": "Intercom API version; defaults to the version this package was generated for.",
}


#: Names of the search operators (and other symbol values) that are not identifiers. Words, not
#: positions: `<=` is LTE whatever comes before it in the list. Meanings per the search operations'
#: own description ("~ Contains", "!~ Doesn't Contain", "^ Starts With", "$ Ends With").
SYMBOL_NAMES: dict[str, str] = {
    "=": "EQ",
    "!=": "NE",
    "<": "LT",
    "<=": "LTE",
    ">": "GT",
    ">=": "GTE",
    "~": "CONTAINS",
    "!~": "NOT_CONTAINS",
    "^": "STARTS_WITH",
    "$": "ENDS_WITH",
}


def enum_member_name(value: str) -> str:
    """The Python member name of a string enum value; the one rule, applied to every enum:

    1. a symbol in SYMBOL_NAMES -> its word (`<=` -> LTE);
    2. a value starting with a letter -> the value upper-cased (the generator's own rule, so names
       that were never positional do not change: `open` -> OPEN);
    3. otherwise every run of non-alphanumerics becomes `_`, upper-cased, and a leading digit gets
       a `V` (`2.14` -> V2_14, `3rd_party_error` -> V3RD_PARTY_ERROR); the empty string is EMPTY.
    """
    if value in SYMBOL_NAMES:
        return SYMBOL_NAMES[value]
    if value[:1].isalpha():
        return value.upper()
    slug = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    if not slug:
        return "EMPTY"
    return "V" + slug if slug[0].isdigit() else slug


def name_enum_members(doc: dict[str, Any], report: Report) -> None:
    """E1: the generator names a member whose value does not start with a letter `VALUE_<position>`,
    so when upstream inserted `<=` into the search operators every later name moved (`VALUE_5` went
    from `>` to `<=`). `x-enum-varnames` (read by the generator) carries the value-derived names."""
    for location, schema in all_schemas(doc):
        values = schema.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in schema:
            continue
        named = [v for v in values if v is not None]
        if not named or not all(isinstance(v, str) for v in named):
            continue
        if all(v[:1].isalpha() for v in named):
            continue  # the generator's own names are already value-derived
        names = [enum_member_name(v) for v in named]
        if len(set(names)) != len(names):
            raise NormaliseError(
                f"enum member names collide at {pointer(location)}: {names} (set x-enum-varnames in an overlay)"
            )
        schema["x-enum-varnames"] = names
        report["E1"].append(pointer(location))


#: Set by an overlay on a union whose members are told apart by a property of the object holding the
#: union (`conversation_part.part_type` -> `event_details` member): {parent_property, mapping}.
PARENT_DISCRIMINATOR = "x-intercom-discriminator"
#: Written by D1 on each member component: {property, values, parent}; read by the union template.
TAG = "x-intercom-tag"


def _single_values(schema: dict[str, Any]) -> dict[str, Any]:
    """{property: value} for every property this schema fixes to one non-null enum value."""
    fixed = {}
    for name, prop in (schema.get("properties") or {}).items():
        values = [v for v in prop.get("enum") or [] if v is not None] if isinstance(prop, dict) else []
        if len(values) == 1:
            fixed[name] = values[0]
    return fixed


def _union_tags(schema: dict[str, Any], members: list[str], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """{member: tag} for a union, by the first of: declared discriminator, the overlay's parent
    property, one property that every member fixes to a distinct value. None: no tag tells them apart."""
    declared = schema.get("discriminator")
    if isinstance(declared, dict) and declared.get("propertyName"):
        values: dict[str, list[Any]] = {m: [] for m in members}
        for value, ref in (declared.get("mapping") or {}).items():
            if str(ref).startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in values:
                values[ref[len(REF_PREFIX) :]].append(value)
        # A member the mapping does not name is tagged by its component name (OpenAPI 3.0 rule).
        return {
            m: {"property": declared["propertyName"], "values": v or [m], "parent": False}
            for m, v in values.items()
        }
    parent = schema.get(PARENT_DISCRIMINATOR)
    if isinstance(parent, dict):
        values = {m: [] for m in members}
        for value, ref in (parent.get("mapping") or {}).items():
            values[ref[len(REF_PREFIX) :]].append(value)
        if all(values.values()):
            return {
                m: {"property": parent["parent_property"], "values": v, "parent": True}
                for m, v in values.items()
            }
        return None
    fixed = [_single_values(schemas[m]) for m in members]
    candidates = sorted(set.intersection(*(set(f) for f in fixed)), key=lambda n: (n != "type", n))
    for name in candidates:
        if len({repr(f[name]) for f in fixed}) == len(members):
            return {
                m: {"property": name, "values": [f[name]], "parent": False}
                for m, f in zip(members, fixed, strict=True)
            }
    return None


def discriminate_unions(doc: dict[str, Any], report: Report) -> None:
    """D1: the generator ignores `discriminator` and tries a union's members in order, and a lenient
    model accepts any object, so the first member always won (`event_details` of an SLA part parsed
    as a workflow update). Each member component gets the tag that selects it; the union template
    dispatches on it, and keeps an object with an unknown tag as the raw dict, never a wrong class."""
    schemas = _schemas(doc)
    for location, schema in all_schemas(doc):
        for key in ("oneOf", "anyOf"):
            refs = schema.get(key)
            if not isinstance(refs, list) or len(refs) < 2:
                continue
            members = [ref_name(m) if isinstance(m, dict) else None for m in refs]
            if not all(m in schemas for m in members):
                continue
            tags = _union_tags(schema, [m for m in members if m], schemas)
            if tags is None:
                continue
            for member, tag in tags.items():
                previous = schemas[member].get(TAG)
                if previous is not None and previous != tag:
                    raise NormaliseError(
                        f"{member} is tagged {previous} by one union and {tag} by {pointer(location)}"
                    )
                schemas[member][TAG] = tag
            report["D1"].append(pointer((*location, key)))


#: Keys that document a schema without changing what it parses: ignored when comparing shapes.
_PROSE_KEYS = frozenset({"description", "example", "examples", "title", "externalDocs", "deprecated"})


def _shape(schema: Any, root: bool = False) -> Any:
    """A schema with its prose and annotations removed: two schemas with equal shapes generate the
    same model. At the root of an object, its nullability (it belongs to the place that holds it),
    its `type: object` (implied by its properties) and its `type` property (compared by value, in
    `json_type_value`: `enum: [contact]` and an example `contact` say the same) are left out."""
    if isinstance(schema, list):
        return [_shape(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    shape = {}
    for key, value in schema.items():
        if key in _PROSE_KEYS or key.startswith("x-"):
            continue
        if root and (key == "nullable" or (key, value) == ("type", "object")):
            continue
        if key == "properties" and isinstance(value, dict):
            shape[key] = {name: _shape(prop) for name, prop in value.items() if not (root and name == "type")}
        else:
            shape[key] = _shape(value)
    return shape


def json_type_value(schema: dict[str, Any]) -> Any:
    """The value an object schema gives its `type` property (`contact`, `company`...): its one enum
    value, else its example or default. None when it has none: then it names no kind of object."""
    prop = (schema.get("properties") or {}).get("type")
    if not isinstance(prop, dict):
        return None
    values = [value for value in prop.get("enum") or [] if value is not None]
    if values:
        return values[0] if len(values) == 1 else None
    for key in ("example", "default"):
        if isinstance(prop.get(key), str):
            return prop[key]
    return None


#: A component is only a base for an inline schema that adds properties when it has at least this many
#: of its own: a two-property component (`{type, id}`) is shared by unrelated objects by accident.
MIN_BASE_PROPERTIES = 3


def _response_object_schemas(doc: dict[str, Any]) -> list[tuple[Location, dict[str, Any]]]:
    """Object schemas of responses (inline ones and component roots, not allOf members), deepest
    first, so a nested copy is replaced before the schema holding it is compared."""
    found = [
        (location, schema)
        for location, schema in _response_model_schemas(doc)
        if location[-2:-1] not in (("allOf",), ("oneOf",), ("anyOf",))
        and isinstance(schema.get("properties"), dict)
        and schema["properties"]
        and not (schema.keys() & {"$ref", *COMBINATORS})
    ]
    return sorted(found, key=lambda item: -len(item[0]))


def reuse_components(doc: dict[str, Any], report: Report) -> None:
    """O2: a response that describes the contact (company, admin...) inline instead of by `$ref`
    generates a class of its own with the same fields, so the same object came back as two unrelated
    classes. Only objects that say what they are take part: the inline schema and the component must
    give their `type` property the same value (`contact`), so a plan `{type, id, name}` never becomes a
    tag with the same three fields. After the other rules, shapes are compared without prose
    (descriptions, examples, titles) or annotations:

    - an inline object schema whose shape equals a component's becomes a `$ref` to it (nullable as
      G5 writes it, if it was nullable); the first component by name if several are equal;
    - a non-nullable one, inline or a component of its own, that has every property of a component,
      each with the same shape, plus some of its own becomes `allOf: [$ref component, {extra
      properties}]`, which O1 turns into a subclass (before 2.13 `contact_archived` repeats the
      fields of `contact_reference`; from 2.13 the description itself says `allOf` of the two). Only where nothing conflicts (a shared property with another shape keeps the schema
      inline), the component has at least MIN_BASE_PROPERTIES properties, the extras are no more than
      the inherited ones, and one component is the largest such base.

    Request schemas are left alone: a request model keeps its own `required` set. A replacement inside
    a component changes that component's shape, so the rule repeats until nothing changes."""
    while _reuse_components_once(doc, report):
        pass


def _reuse_components_once(doc: dict[str, Any], report: Report) -> bool:
    """One pass of O2; True if it changed anything."""
    changed = False
    schemas = _schemas(doc)
    candidates = {
        name: (json_type_value(schema), _shape(schema, root=True))
        for name, schema in sorted(schemas.items())
        if isinstance(schema, dict)
        and isinstance(schema.get("properties"), dict)
        and schema["properties"]
        and not (schema.keys() & {"$ref", *COMBINATORS})
        and json_type_value(schema) is not None
    }
    for location, schema in _response_object_schemas(doc):
        kind = json_type_value(schema)
        if kind is None:
            continue
        own = location[2] if location[:2] == ("components", "schemas") and len(location) == 3 else None
        shape = _shape(schema, root=True)
        equal = [name for name, (k, base) in candidates.items() if k == kind and base == shape]
        if equal and own is None:
            # A component equal to another stays a class of its own (its name is public API).
            ref = {"$ref": REF_PREFIX + equal[0]}
            nullable = schema.get("nullable") is True
            schema.clear()
            if nullable:
                schema.update({"oneOf": [ref], "nullable": True})
            else:
                schema.update(ref)
            report["O2"].append(pointer(location))
            changed = True
            continue
        if schema.get("nullable") is True:
            continue
        props = shape["properties"]
        rest = {k: v for k, v in shape.items() if k != "properties"}
        bases = []
        for name, (base_kind, base) in candidates.items():
            if base_kind != kind or name == own:
                continue
            base_props = base["properties"]
            extras = props.keys() - base_props.keys()
            if (
                len(base_props) + 1 >= MIN_BASE_PROPERTIES
                and extras
                and len(extras) <= len(base_props)
                and base_props.keys() <= props.keys()
                and all(props[key] == base_props[key] for key in base_props)
                and {k: v for k, v in base.items() if k not in ("properties", "required")}
                == {k: v for k, v in rest.items() if k != "required"}
            ):
                bases.append((len(base_props), name))
        bases.sort(reverse=True)
        if not bases or (len(bases) > 1 and bases[0][0] == bases[1][0]):
            continue
        name = bases[0][1]
        inherited = schemas[name]["properties"].keys()
        extra: dict[str, Any] = {
            "type": "object",
            "properties": {k: v for k, v in schema["properties"].items() if k not in inherited},
        }
        if schema.get(RESPONSE):
            extra[RESPONSE] = True
        kept = {k: v for k, v in schema.items() if k in _PROSE_KEYS or k.startswith("x-")}
        schema.clear()
        schema.update({**kept, "allOf": [{"$ref": REF_PREFIX + name}, extra]})
        report["O2"].append(pointer(location))
        changed = True
    return changed


#: Written by O1 on an inline `allOf` of one component plus properties: the component it extends.
EXTENDS = "x-intercom-extends"


def extend_components(doc: dict[str, Any], report: Report) -> None:
    """O1: the single-contact responses are `allOf: [contact, {enabled_push_messaging}]`; the generator
    flattens that into an unrelated class (`ShowContactResponse200`), so a contact from show/create/
    update/merge was not a `Contact`. The schema is marked as extending the component, and the model
    template makes its class a subclass (fields still typed, the extra ones too). An allOf that adds
    nothing is just the component."""
    schemas = _schemas(doc)
    for location, schema in all_schemas(doc):
        members = schema.get("allOf")
        if not (
            isinstance(members, list) and len(members) == 2 and all(isinstance(m, dict) for m in members)
        ):
            continue
        base, extra = members
        name = ref_name(base)
        extra_keys = {k for k in extra if not k.startswith("x-")}
        if (
            name is None
            or name not in schemas
            or "$ref" in extra
            or extra_keys - {"type", "properties", "required"}
        ):
            continue
        if location[:2] == ("components", "schemas") and len(location) == 3 and name == location[2]:
            continue
        if extra.get("properties"):
            schema[EXTENDS] = name
        else:
            del schema["allOf"]
            schema.pop("type", None)
            schema["$ref"] = base["$ref"]
        report["O1"].append(pointer((*location, "allOf")))


def free_form_dates_stay_strings(doc: dict[str, Any], report: Report) -> None:
    """F1: custom attribute values are `anyOf: [string, integer, datetime, ...]`, where `datetime` is a
    `format: date-time` string. The generated parser then tries `isoparse` on every string value and
    accepts `20240101` or `2024-W01`, so `to_dict()` wrote `2024-01-01T00:00:00` back: a
    read-modify-write would rewrite a customer's stored values. Inside a map's values (and the
    components they refer to) a date string stays the string it was."""
    schemas = _schemas(doc)
    todo: list[tuple[Location, dict[str, Any]]] = [
        (location, schema)
        for location, schema in all_schemas(doc)
        if location[-1:] == ("additionalProperties",)
    ]
    seen: set[int] = set()
    while todo:
        location, root = todo.pop()
        for sub_location, schema in walk_schema(root, location):
            if id(schema) in seen:
                continue
            seen.add(id(schema))
            if schema.get("type") == "string" and schema.get("format") in ("date-time", "date"):
                del schema["format"]
                report["F1"].append(pointer(sub_location))
            name = ref_name(schema)
            if name is not None and name in schemas:
                todo.append((("components", "schemas", name), schemas[name]))


def drop_nullable_beside_null_enum(doc: dict[str, Any], report: Report) -> None:
    """E2: `enum: [null, article_content]` with `nullable: true` nests the null twice, and the
    generator writes three identical classes (`...Type1`, `...Type2Type1`, `...Type3Type1`). Null in
    the values says it all; the property's name becomes the title so the one class is `...Type`."""
    for location, schema in all_schemas(doc):
        for name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or not isinstance(prop.get("enum"), list):
                continue
            if None in prop["enum"] and "nullable" in prop:
                del prop["nullable"]
                prop.setdefault("title", name)
                report["E2"].append(pointer((*location, "properties", name)))


def check_refs(doc: dict[str, Any]) -> None:
    """Refuse `$ref`s to components that do not exist; an overlay must define them."""
    schemas = _schemas(doc)
    missing = defaultdict(list)
    for location, schema in all_schemas(doc):
        name = ref_name(schema)
        if name is not None and name not in schemas:
            missing[name].append(pointer(location))
    if missing:
        lines = [
            f"  {name}: referenced at {', '.join(places[:3])}" for name, places in sorted(missing.items())
        ]
        raise NormaliseError(
            "$ref to undefined components (define them in an overlay, citing evidence):\n" + "\n".join(lines)
        )


RULES: tuple[tuple[str, Callable[[dict[str, Any], Report], None]], ...] = (
    ("G8", drop_component_titles),
    ("G7", move_root_nullable),
    ("G1", path_params_in_query),
    ("G2", drop_constraint_only_combinators),
    ("G3", add_missing_array_items),
    ("G6", hoist_root_union_members),
    ("G4", simplify_single_ref_combinators),
    ("G11", schemaless_json_responses),
    ("L", lenient_responses),
    ("G5", nullable_refs),
    ("O2", reuse_components),
    ("D1", discriminate_unions),
    ("F1", free_form_dates_stay_strings),
    ("O1", extend_components),
    ("E2", drop_nullable_beside_null_enum),
    ("G9", title_colliding_inline_models),
    ("E1", name_enum_members),
)


def normalise(doc: dict[str, Any], header: str | None = None) -> Report:
    """Apply every rule in order, in place; returns {rule id: [JSON pointers changed]}.

    `header` is the Intercom-Version value the package sends (V1); None leaves the parameter alone.
    """
    report: Report = defaultdict(list)
    check_refs(doc)
    for _, rule in RULES:
        rule(doc, report)
    if header is not None:
        report.update(default_version_header(doc, header))
    check_refs(doc)
    return dict(report)
