"""Each normaliser rule on the smallest document that shows the upstream quirk it fixes."""

from __future__ import annotations

import copy
from collections import defaultdict
from typing import Any

import pytest

from intercom_codegen import normalise


def _doc(schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.1", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def _responding(ref: str) -> dict[str, Any]:
    """A path whose 200 response is the component `ref` (so the component is a response model)."""
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}
    return {"/x": {"get": {"responses": {"200": {"description": "ok", "content": content}}}}}


def _run(rule: Any, doc: dict[str, Any]) -> dict[str, list[str]]:
    report: dict[str, list[str]] = defaultdict(list)
    rule(doc, report)
    return dict(report)


def test_g8_component_titles_are_dropped() -> None:
    doc = _doc({"note_list": {"title": "Paginated Response", "type": "object"}, "x": {"type": "string"}})
    report = _run(normalise.drop_component_titles, doc)
    assert "title" not in doc["components"]["schemas"]["note_list"]
    assert report == {"G8": ["#/components/schemas/note_list/title"]}


def test_g7_root_nullable_moves_to_referencing_properties() -> None:
    doc = _doc(
        {
            "activity_log": {"type": "object", "nullable": True},
            "holder": {
                "type": "object",
                "properties": {"log": {"$ref": "#/components/schemas/activity_log"}},
            },
        }
    )
    _run(normalise.move_root_nullable, doc)
    schemas = doc["components"]["schemas"]
    assert "nullable" not in schemas["activity_log"]
    assert schemas["holder"]["properties"]["log"] == {
        "$ref": "#/components/schemas/activity_log",
        "nullable": True,
    }


def test_g1_path_variable_declared_in_query_becomes_a_path_parameter() -> None:
    param = {"name": "job_identifier", "in": "query", "required": False, "schema": {"type": "string"}}
    other = {"name": "app_id", "in": "query", "schema": {"type": "string"}}
    doc = _doc(
        paths={
            "/export/reporting_data/{job_identifier}": {
                "get": {"parameters": [other, param], "responses": {}}
            }
        }
    )
    report = _run(normalise.path_params_in_query, doc)
    assert param["in"] == "path" and param["required"] is True
    assert other["in"] == "query"
    assert len(report["G1"]) == 1


def test_g2_required_only_combinators_are_dropped_but_typed_ones_stay() -> None:
    doc = _doc(
        {
            "create_contact_request": {
                "type": "object",
                "anyOf": [{"required": ["email"]}, {"required": ["role"]}],
            },
            "typed": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        }
    )
    _run(normalise.drop_constraint_only_combinators, doc)
    assert "anyOf" not in doc["components"]["schemas"]["create_contact_request"]
    assert doc["components"]["schemas"]["typed"]["oneOf"] == [{"type": "string"}, {"type": "integer"}]


def test_g3_array_without_items_gets_any_items() -> None:
    doc = _doc(
        {
            "ticket_custom_attributes": {
                "type": "object",
                "additionalProperties": {"anyOf": [{"type": "array"}]},
            }
        }
    )
    _run(normalise.add_missing_array_items, doc)
    assert doc["components"]["schemas"]["ticket_custom_attributes"]["additionalProperties"]["anyOf"][0] == {
        "type": "array",
        "items": {},
    }


def test_g3_does_not_touch_examples_that_look_like_schemas() -> None:
    example = {"type": "array"}
    doc = _doc({"x": {"type": "object", "example": example}})
    _run(normalise.add_missing_array_items, doc)
    assert example == {"type": "array"}


def test_g4_single_ref_allof_with_sibling_properties_keeps_them() -> None:
    prop = {"allOf": [{"$ref": "#/components/schemas/stats"}], "properties": {"extra": {"type": "integer"}}}
    doc = _doc(
        {"article": {"type": "object", "properties": {"statistics": prop}}, "stats": {"type": "object"}}
    )
    _run(normalise.simplify_single_ref_combinators, doc)
    assert prop == {
        "allOf": [
            {"$ref": "#/components/schemas/stats"},
            {"type": "object", "properties": {"extra": {"type": "integer"}}},
        ]
    }


def test_g4_single_ref_with_nullable_becomes_nullable_oneof_and_plain_becomes_ref() -> None:
    nullable = {"type": "object", "allOf": [{"$ref": "#/components/schemas/a"}], "nullable": True}
    plain = {"allOf": [{"$ref": "#/components/schemas/a"}], "description": "d"}
    doc = _doc({"a": {"type": "object"}, "h": {"type": "object", "properties": {"n": nullable, "p": plain}}})
    _run(normalise.simplify_single_ref_combinators, doc)
    assert nullable == {"oneOf": [{"$ref": "#/components/schemas/a"}], "nullable": True}
    assert plain == {"$ref": "#/components/schemas/a", "description": "d"}


def test_g5_nullable_ref_becomes_nullable_oneof() -> None:
    prop = {"$ref": "#/components/schemas/app", "nullable": True}
    doc = _doc({"app": {"type": "object"}, "admin_with_app": {"type": "object", "properties": {"app": prop}}})
    _run(normalise.nullable_refs, doc)
    assert prop == {"oneOf": [{"$ref": "#/components/schemas/app"}], "nullable": True}


def test_g6_inline_object_members_of_a_root_union_are_hoisted() -> None:
    doc = _doc(
        {
            "create_data_attribute_request": {
                "type": "object",
                "oneOf": [
                    {"title": "Options", "type": "object", "properties": {"a": {"type": "string"}}},
                    {"$ref": "#/components/schemas/z"},
                ],
            },
            "z": {"type": "object"},
        }
    )
    _run(normalise.hoist_root_union_members, doc)
    schemas = doc["components"]["schemas"]
    assert schemas["create_data_attribute_request"]["oneOf"][0] == {
        "$ref": "#/components/schemas/create_data_attribute_request_options"
    }
    assert schemas["create_data_attribute_request_options"] == {
        "type": "object",
        "properties": {"a": {"type": "string"}},
    }
    assert "type" not in schemas["create_data_attribute_request"]


def test_g9_inline_enum_colliding_with_a_component_class_is_titled_apart() -> None:
    doc = _doc(
        {
            "ticket": {"type": "object", "properties": {"type": {"type": "string", "enum": ["ticket"]}}},
            "ticket_type": {"type": "object"},
        }
    )
    _run(normalise.title_colliding_inline_models, doc)
    assert doc["components"]["schemas"]["ticket"]["properties"]["type"]["title"] == "type_enum"


def test_g11_schemaless_json_response_returns_any() -> None:
    media: dict[str, Any] = {"examples": {"e": {"value": {"type": "error.list"}}}}
    paths = {
        "/a": {"put": {"responses": {"400": {"description": "x", "content": {"application/json": media}}}}}
    }
    doc = _doc(paths=paths)
    _run(normalise.schemaless_json_responses, doc)
    assert media["schema"] == {}


def test_lenient_rules_apply_to_response_models_only() -> None:
    response_model = {
        "type": "object",
        "required": ["id", "name"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"},
            "state": {"type": "string", "enum": ["open", "closed"]},
            "flag": {"type": "boolean", "enum": [True]},
            "anything": {},
        },
    }
    request_model = {"type": "object", "required": ["email"], "properties": {"email": {"type": "string"}}}
    doc = _doc({"thing": response_model, "create_thing_request": request_model}, paths=_responding("thing"))
    report = _run(normalise.lenient_responses, doc)
    assert "required" not in response_model  # L1
    assert "additionalProperties" not in response_model  # L3
    assert response_model["properties"]["id"] == {"type": "string", "nullable": True}  # L2
    # An enum takes null as a value (and a title keeping its class name), never `nullable` beside it.
    assert response_model["properties"]["state"] == {
        "type": "string",
        "enum": ["open", "closed", None],
        "title": "state",
    }
    assert response_model["properties"]["flag"] == {
        "type": "boolean",
        "enum": [True],
    }  # the generator refuses null here
    assert response_model["properties"]["anything"] == {}  # Any already includes None
    assert request_model == {
        "type": "object",
        "required": ["email"],
        "properties": {"email": {"type": "string"}},
    }
    assert set(report) == {"L1", "L2", "L3"}


def test_lenient_rules_reach_nested_and_referenced_response_schemas() -> None:
    schemas = {
        "list": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/item"}}},
        },
        "item": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "inner": {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}}},
            },
        },
    }
    doc = _doc(schemas, paths=_responding("list"))
    _run(normalise.lenient_responses, doc)
    item = doc["components"]["schemas"]["item"]
    assert "required" not in item and "required" not in item["properties"]["inner"]
    assert item["properties"]["inner"]["properties"]["x"]["nullable"] is True


def test_v1_intercom_version_parameter_defaults_to_the_package_version() -> None:
    header = {
        "name": "Intercom-Version",
        "in": "header",
        "schema": {"$ref": "#/components/schemas/intercom_version"},
    }
    doc = _doc(
        {"intercom_version": {"type": "string", "enum": ["2.13", "2.14"]}},
        {"/me": {"get": {"parameters": [header], "responses": {}}}},
    )
    normalise.default_version_header(doc, "2.14")
    assert header["schema"] == {"type": "string", "default": "2.14"}


def test_v1_operations_without_the_header_get_it() -> None:
    doc = _doc(paths={"/fin/voice": {"post": {"responses": {}}}})
    report = normalise.default_version_header(doc, "2.15")
    (param,) = doc["paths"]["/fin/voice"]["post"]["parameters"]
    assert (param["name"], param["in"], param["required"]) == ("Intercom-Version", "header", False)
    assert param["schema"] == {"type": "string", "default": "2.15"}
    assert report["V1"] == ["#/paths/~1fin~1voice/post/parameters/0"]


def test_dangling_refs_are_refused_not_guessed() -> None:
    doc = _doc(
        {
            "conv": {
                "type": "object",
                "properties": {"custom_attributes": {"$ref": "#/components/schemas/custom_attributes"}},
            }
        }
    )
    with pytest.raises(
        normalise.NormaliseError, match="custom_attributes: referenced at #/components/schemas/conv"
    ):
        normalise.normalise(doc)


def test_normalise_is_deterministic_and_idempotent_in_effect() -> None:
    doc = _doc(
        {"a": {"title": "T", "type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}}},
        paths=_responding("a"),
    )
    first, second = copy.deepcopy(doc), copy.deepcopy(doc)
    normalise.normalise(first)
    normalise.normalise(second)
    assert first == second
    again = copy.deepcopy(first)
    normalise.normalise(again)
    assert again == first


def test_e1_enum_member_names_come_from_values_by_one_rule() -> None:
    assert [
        normalise.enum_member_name(v) for v in ["=", "!=", "<", "<=", ">", ">=", "~", "!~", "^", "$"]
    ] == [
        "EQ",
        "NE",
        "LT",
        "LTE",
        "GT",
        "GTE",
        "CONTAINS",
        "NOT_CONTAINS",
        "STARTS_WITH",
        "ENDS_WITH",
    ]
    assert normalise.enum_member_name("2.14") == "V2_14"
    assert normalise.enum_member_name("3rd_party_error") == "V3RD_PARTY_ERROR"
    assert normalise.enum_member_name("open") == "OPEN"
    assert normalise.enum_member_name("") == "EMPTY"


def test_e1_names_do_not_depend_on_position() -> None:
    """Inserting `<=` before `>` (upstream did) leaves every other name on its value."""
    before = _doc({"op": {"type": "string", "enum": ["=", ">", "IN"]}})
    after = _doc({"op": {"type": "string", "enum": ["=", "<=", ">", "IN", None]}})
    _run(normalise.name_enum_members, before)
    report = _run(normalise.name_enum_members, after)
    assert before["components"]["schemas"]["op"]["x-enum-varnames"] == ["EQ", "GT", "IN"]
    assert after["components"]["schemas"]["op"]["x-enum-varnames"] == ["EQ", "LTE", "GT", "IN"]
    assert report == {"E1": ["#/components/schemas/op"]}


def test_e1_all_letter_enums_keep_the_generators_names_and_collisions_are_refused() -> None:
    doc = _doc({"state": {"type": "string", "enum": ["open", "closed"]}})
    assert _run(normalise.name_enum_members, doc) == {}
    assert "x-enum-varnames" not in doc["components"]["schemas"]["state"]
    clash = _doc({"odd": {"type": "string", "enum": ["1-a", "1_a"]}})
    with pytest.raises(normalise.NormaliseError, match="collide"):
        _run(normalise.name_enum_members, clash)


def test_e2_enum_listing_null_loses_its_redundant_nullable() -> None:
    prop = {"type": "string", "enum": [None, "article_content"], "nullable": True}
    doc = _doc({"article_content": {"type": "object", "properties": {"type": prop}}})
    report = _run(normalise.drop_nullable_beside_null_enum, doc)
    assert prop == {"type": "string", "enum": [None, "article_content"], "title": "type"}
    assert report == {"E2": ["#/components/schemas/article_content/properties/type"]}


def _union_doc(union: dict[str, Any], members: dict[str, Any]) -> dict[str, Any]:
    return _doc({"holder": {"type": "object", "properties": {"u": union}}, **members})


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_d1_declared_discriminator_tags_members_and_unmapped_ones_by_name() -> None:
    union = {
        "oneOf": [_ref("default_item"), _ref("article_item")],
        "discriminator": {
            "propertyName": "type",
            "mapping": {"article": "#/components/schemas/article_item"},
        },
    }
    doc = _union_doc(union, {"default_item": {"type": "object"}, "article_item": {"type": "object"}})
    _run(normalise.discriminate_unions, doc)
    schemas = doc["components"]["schemas"]
    assert schemas["article_item"][normalise.TAG] == {
        "property": "type",
        "values": ["article"],
        "parent": False,
    }
    assert schemas["default_item"][normalise.TAG] == {
        "property": "type",
        "values": ["default_item"],
        "parent": False,
    }


def test_d1_a_property_each_member_fixes_to_one_value_is_the_tag() -> None:
    members = {
        "allowed": {"type": "object", "properties": {"allowed": {"type": "boolean", "enum": [True]}}},
        "blocked": {"type": "object", "properties": {"allowed": {"type": "boolean", "enum": [False]}}},
    }
    doc = _union_doc({"oneOf": [_ref("allowed"), _ref("blocked")]}, members)
    _run(normalise.discriminate_unions, doc)
    assert doc["components"]["schemas"]["blocked"][normalise.TAG]["values"] == [False]


def test_d1_parent_property_from_an_overlay_and_no_guess_without_evidence() -> None:
    union = {
        "anyOf": [_ref("snoozed"), _ref("priority_changed")],
        normalise.PARENT_DISCRIMINATOR: {
            "parent_property": "part_type",
            "mapping": {
                "snoozed": "#/components/schemas/snoozed",
                "priority_changed": "#/components/schemas/priority_changed",
            },
        },
    }
    members = {"snoozed": {"type": "object"}, "priority_changed": {"type": "object"}}
    doc = _union_doc(union, members)
    _run(normalise.discriminate_unions, doc)
    assert doc["components"]["schemas"]["snoozed"][normalise.TAG] == {
        "property": "part_type",
        "values": ["snoozed"],
        "parent": True,
    }
    plain = _union_doc({"anyOf": [_ref("snoozed"), _ref("priority_changed")]}, copy.deepcopy(members))
    assert _run(normalise.discriminate_unions, plain) == {}


def test_f1_dates_inside_free_form_maps_stay_strings() -> None:
    doc = _doc(
        {
            "datetime": {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
            "custom_attributes": {
                "type": "object",
                "additionalProperties": {"anyOf": [{"type": "string"}, _ref("datetime")]},
            },
            "contact": {
                "type": "object",
                "properties": {"created": {"type": "string", "format": "date-time"}},
            },
        }
    )
    report = _run(normalise.free_form_dates_stay_strings, doc)
    schemas = doc["components"]["schemas"]
    assert "format" not in schemas["datetime"]["oneOf"][0]
    assert schemas["contact"]["properties"]["created"]["format"] == "date-time"
    assert report == {"F1": ["#/components/schemas/datetime/oneOf/0"]}


def test_o1_allof_of_a_component_plus_properties_extends_it_and_plain_allof_is_the_component() -> None:
    extended = {"allOf": [_ref("contact"), {"type": "object", "properties": {"enabled_push_messaging": {}}}]}
    plain = {"allOf": [_ref("message"), {"type": "object"}]}
    doc = _doc({"contact": {"type": "object"}, "message": {"type": "object"}, "a": extended, "b": plain})
    report = _run(normalise.extend_components, doc)
    assert extended[normalise.EXTENDS] == "contact"
    assert plain == _ref("message")
    assert report == {"O1": ["#/components/schemas/a/allOf", "#/components/schemas/b/allOf"]}


def _contact_like(kind: str = "contact", **extra: Any) -> dict[str, Any]:
    """A lenient (normalised) response object whose `type` is `kind`, with id/email/name plus `extra`."""
    props: dict[str, Any] = {
        "type": {"type": "string", "nullable": True, "example": kind, "description": "Always " + kind},
        "id": {"type": "string", "nullable": True, "example": "6329bd9f"},
        "email": {"type": "string", "nullable": True, "description": "The contact's email"},
        "name": {"type": "string", "nullable": True},
    }
    return {"type": "object", "x-intercom-response": True, "properties": {**props, **extra}}


def _response_paths(schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One GET path per schema, each answering 200 with that (inline) schema."""
    paths = {}
    for name, schema in schemas.items():
        content = {"application/json": {"schema": schema}}
        paths[f"/{name}"] = {"get": {"responses": {"200": {"description": "ok", "content": content}}}}
    return paths


def test_o2_an_inline_copy_of_a_component_is_the_component() -> None:
    """Equal up to prose (descriptions, examples) and to how `type` says `contact` (enum or example)."""
    copy_ = _contact_like()
    copy_["properties"]["type"] = {"type": "string", "enum": ["contact", None]}
    copy_["properties"]["email"]["description"] = "Worded differently"
    nested = _contact_like()
    nested["nullable"] = True
    holder = {"type": "object", "properties": {"contact": nested}}
    doc = _doc(
        {"contact": _contact_like(), "holder": holder},
        {**_response_paths({"show": copy_}), **_responding("holder")},
    )
    report = _run(normalise.reuse_components, doc)
    assert copy_ == _ref("contact")
    # Nullable where it was held: written as G5 writes a nullable $ref.
    assert nested == {"oneOf": [_ref("contact")], "nullable": True}
    assert sorted(report["O2"]) == [
        "#/components/schemas/holder/properties/contact",
        "#/paths/~1show/get/responses/200/content/application~1json/schema",
    ]


def test_o2_a_component_plus_properties_becomes_an_allof_that_o1_subclasses() -> None:
    flag = {"type": "boolean", "nullable": True}
    inline = _contact_like(enabled_push_messaging=flag)
    doc = _doc({"contact": _contact_like()}, _response_paths({"show": inline}))
    report = _run(normalise.reuse_components, doc)
    assert inline["allOf"][0] == _ref("contact")
    assert inline["allOf"][1]["properties"] == {"enabled_push_messaging": flag}
    assert len(report["O2"]) == 1
    _run(normalise.extend_components, doc)
    assert inline[normalise.EXTENDS] == "contact"


@pytest.mark.parametrize(
    ("inline", "why"),
    [
        (_contact_like(kind="company"), "another JSON type, however alike the fields"),
        ({"type": "object", "properties": {"id": {"type": "string"}}}, "no type value: says no kind"),
        (_contact_like(email={"type": "integer", "nullable": True}), "a shared property conflicts"),
        (
            _contact_like(
                a={"type": "string"}, b={"type": "string"}, c={"type": "string"}, d={"type": "string"}, e={}
            ),
            "more of its own than it would inherit",
        ),
        ({**_contact_like(extra={"type": "string"}), "nullable": True}, "nullable: no subclass"),
    ],
)
def test_o2_leaves_alone_what_is_not_the_component(inline: dict[str, Any], why: str) -> None:
    before = copy.deepcopy(inline)
    doc = _doc({"contact": _contact_like()}, _response_paths({"show": inline}))
    assert _run(normalise.reuse_components, doc) == {}, why
    assert inline == before


def test_o2_leaves_request_schemas_alone() -> None:
    """A request body keeps its own model (and its `required` set)."""
    body = _contact_like()
    content = {"application/json": {"schema": body}}
    paths = {"/contacts": {"post": {"requestBody": {"content": content}, "responses": {}}}}
    doc = _doc({"contact": _contact_like()}, paths)
    assert _run(normalise.reuse_components, doc) == {}
    assert "properties" in body


def test_o2_a_two_field_component_is_no_base() -> None:
    """`{type, id}` references are shared by accident: adding fields to one is not subclassing it."""
    small = _contact_like()
    del small["properties"]["email"], small["properties"]["name"]
    inline = _contact_like()
    doc = _doc({"reference": small}, _response_paths({"show": inline}))
    assert _run(normalise.reuse_components, doc) == {}
