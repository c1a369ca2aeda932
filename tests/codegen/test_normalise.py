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
