"""Breaking rules: which change breaks code that uses the generated package.

"request" = the caller builds it and the client sends it; "response" = the client parses it and the
caller reads it. A component used on both sides takes the stricter rule. The question each rule answers
is "does code written against the old generated package still import, type-check and behave?":

    change                                   request      response
    operation removed                        breaking     breaking
    operationId renamed (function renamed)   breaking     breaking
    path parameter renamed (keyword name)    breaking     -
    operation moved (same operationId)       no           no
    tag changed (generated module moves)     breaking     breaking
    parameter removed                        breaking     -
    parameter added, required                breaking     -
    parameter added, optional                no           -
    newly required (parameter, body, prop.)  breaking     no (the client never relied on it)
    property / body added                    no (breaking if required)  no
    property removed                         breaking     breaking
    component removed (model class gone)     breaking     breaking
    type or $ref target changed              breaking     breaking
    format changed (date, date-time, ...)    breaking if the Python type changes, else no
    default changed                          no           no (noted: a call that omits it sends another value)
    became nullable                          no           no (the lenient client accepts null)
    became non-nullable                      breaking     no
    no longer required                       no           no (the lenient client treats all as optional)
    enum value added                         no           no (noted: the client keeps unknown values)
    enum value removed                       breaking     breaking (the generated member is gone)
    enum appears on a plain value            breaking     no (members are str/int subclasses)
    enum disappears (enum class gone)        breaking     breaking
    additionalProperties typed -> untyped    breaking     breaking (the typed values are gone)
    additionalProperties untyped -> typed    breaking     no
    additionalProperties allowed -> false    breaking     no
    additionalProperties false -> allowed    no           no
    discriminator added/removed/changed      breaking     breaking (which class a payload parses as)
    oneOf/anyOf member added                 no           no
    oneOf/anyOf member removed               breaking     no
    allOf member removed                     breaking     breaking
    2xx response removed                     breaking     breaking (the return type changes)
    other response added/removed             no           no

Properties beside a `oneOf`/`anyOf`/`allOf` are compared like any others (the generator merges them
into the model), and so are `required`, `enum`, `additionalProperties` and `discriminator` there.
"""

from __future__ import annotations

BASIS = "overlaid (upstream description + overlays/, before the normaliser)"
#: How deep inline schemas are walked before giving up (a cycle needs a $ref, where the walk stops anyway).
MAX_DEPTH = 12
#: Formats that change the Python type openapi-python-client generates (str -> datetime, File, UUID...).
TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})

Side = str  # "request" | "response" | "both" | "none"

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
    "schema.default_changed": (False, False),
    "enum.value_added": (False, False),
    "enum.value_removed": (True, True),
    "enum.added": (True, False),
    "enum.removed": (True, True),
    "additional_properties.changed": (True, True),
    "discriminator.changed": (True, True),
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
    "schema.default_changed": "default changed",
    "enum.value_added": "enum value added",
    "enum.value_removed": "enum value removed",
    "enum.added": "became an enum",
    "enum.removed": "no longer an enum",
    "additional_properties.changed": "additionalProperties changed",
    "discriminator.changed": "discriminator changed",
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


__all__ = ["BASIS", "KIND_LABELS", "MAX_DEPTH", "RULES", "TYPED_FORMATS", "Side", "is_breaking"]
