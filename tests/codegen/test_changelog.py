"""The API changelog: synthetic cases for each rule, and every real consecutive pair of pinned versions."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from intercom_codegen import changelog, pin

from . import reference_diff

PAIRS = changelog.consecutive_pairs()
REF = changelog.SpecRef("t", "2.14", "test", "0" * 64)


def _by(log: changelog.Changelog, kind: str) -> list[changelog.Change]:
    return [c for c in log.changes if c.kind == kind]


def _find(log: changelog.Changelog, kind: str, target: str, contains: str = "") -> changelog.Change:
    found = [c for c in log.changes if c.kind == kind and c.target == target and contains in c.message]
    assert found, f"no {kind} on {target} containing {contains!r}: {[c.message for c in log.changes]}"
    return found[0]


# --- synthetic documents: one rule at a time ---------------------------------------------------------


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "paths": {
            "/contacts/{id}": {
                "get": {
                    "operationId": "getContact",
                    "tags": ["Contacts"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "fields", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                    ],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/contact"}}
                            }
                        }
                    },
                }
            },
            "/contacts": {
                "post": {
                    "operationId": "createContact",
                    "tags": ["Contacts"],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "email": {"type": "string"},
                                        "role": {"type": "string", "enum": ["user", "lead"]},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/contact"}}
                            }
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "contact": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string", "nullable": True},
                        "created_at": {"type": "integer"},
                        "status": {"type": "string", "enum": ["active", "archived"]},
                        "location": {"type": "object", "properties": {"city": {"type": "string"}}},
                    },
                },
                "tag": {"type": "object", "properties": {"id": {"type": "string"}}},
            }
        },
    }


def _diff(old: dict[str, Any], new: dict[str, Any]) -> changelog.Changelog:
    return changelog.diff(old, new, REF, REF)


def test_identical_documents_have_no_changes() -> None:
    log = _diff(_doc(), _doc())
    assert log.changes == []
    assert log.summary()["total"] == 0


def test_operation_added_removed_renamed_moved() -> None:
    old, new = _doc(), _doc()
    new["paths"]["/tags"] = {"get": {"operationId": "listTags", "responses": {}}}
    del new["paths"]["/contacts"]["post"]
    new["paths"]["/people"] = {"post": old["paths"]["/contacts"]["post"]}  # same operationId elsewhere
    new["paths"]["/contacts/{id}"]["get"]["operationId"] = "retrieveContact"
    log = _diff(old, new)
    assert _find(log, "operation.added", "GET /tags").breaking is False
    moved = _find(log, "operation.moved", "POST /people")
    assert (moved.old, moved.new, moved.breaking) == ("POST /contacts", "POST /people", False)
    assert not _by(log, "operation.removed")  # the move is not also a removal
    renamed = _find(log, "operation.renamed", "GET /contacts/{id}")
    assert (renamed.old, renamed.new, renamed.breaking) == ("getContact", "retrieveContact", True)


def test_path_parameter_rename_is_the_same_operation() -> None:
    old, new = _doc(), _doc()
    item = new["paths"].pop("/contacts/{id}")
    item["get"]["parameters"][0]["name"] = "contact_id"
    new["paths"]["/contacts/{contact_id}"] = item
    log = _diff(old, new)
    assert [c.kind for c in log.changes] == ["path_parameter.renamed"]
    change = log.changes[0]
    assert (change.target, change.old, change.new, change.breaking) == (
        "GET /contacts/{contact_id}",
        "id",
        "contact_id",
        True,
    )


def test_parameters_added_removed_required() -> None:
    old, new = _doc(), _doc()
    params = new["paths"]["/contacts/{id}"]["get"]["parameters"]
    params[1]["required"] = True
    params.append({"name": "page", "in": "query", "schema": {"type": "integer"}})
    params.append({"name": "scope", "in": "query", "required": True, "schema": {"type": "string"}})
    log = _diff(old, new)
    assert _find(log, "parameter.required", "GET /contacts/{id}", "fields").breaking is True
    assert _find(log, "parameter.added", "GET /contacts/{id}", "page").breaking is False
    assert _find(log, "parameter.added", "GET /contacts/{id}", "scope").breaking is True
    log = _diff(new, old)
    assert {c.message for c in _by(log, "parameter.removed")} == {
        "GET /contacts/{id} parameter query page removed",
        "GET /contacts/{id} parameter query scope removed",
    }
    assert all(c.breaking for c in _by(log, "parameter.removed"))
    assert _find(log, "parameter.optional", "GET /contacts/{id}").breaking is False


def test_request_and_response_sides_follow_the_rules() -> None:
    old, new = _doc(), _doc()
    body = new["paths"]["/contacts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["phone"] = {"type": "string"}
    body["required"] = ["email"]
    body["properties"]["role"]["enum"] = ["user"]  # request enum loses a value: breaking
    contact = new["components"]["schemas"]["contact"]
    contact["properties"]["status"]["enum"].append("blocked")  # response enum gains one: not breaking
    contact["properties"]["created_at"]["type"] = "string"  # type change: breaking
    del contact["properties"]["name"]  # response property removed: breaking
    contact["properties"]["location"]["properties"]["country"] = {"type": "string"}
    contact["required"] = ["id", "created_at"]  # newly required in a response: not breaking
    log = _diff(old, new)
    assert _find(log, "property.added", "POST /contacts", ".phone").breaking is False
    assert _find(log, "property.required", "POST /contacts", ".email").breaking is True
    assert _find(log, "enum.value_removed", "POST /contacts", '"lead"').breaking is True
    assert _find(log, "enum.value_added", "contact", '"blocked"').breaking is False
    assert _find(log, "schema.type_changed", "contact", "integer -> string").breaking is True
    assert _find(log, "property.removed", "contact", ".name").breaking is True
    added = _find(log, "property.added", "contact", ".location.country")
    assert added.location == "contact .location.country"
    assert _find(log, "property.required", "contact", "created_at").breaking is False
    # The component's changes are reported once, at the component, not at each operation using it.
    assert all(c.scope == "component" for c in log.changes if "contact ." in c.location)


def test_nullability_and_ref_changes() -> None:
    old, new = _doc(), _doc()
    contact = new["components"]["schemas"]["contact"]
    contact["properties"]["name"].pop("nullable")
    contact["properties"]["created_at"]["nullable"] = True
    new["paths"]["/contacts/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/tag"
    }
    log = _diff(old, new)
    assert _find(log, "schema.non_nullable", "contact", ".name").breaking is False  # response side
    assert _find(log, "schema.nullable", "contact", ".created_at").breaking is False
    ref = _find(log, "schema.ref_changed", "GET /contacts/{id}")
    assert (ref.old, ref.new, ref.breaking) == ("contact", "tag", True)


def test_properties_beside_a_combinator_are_compared() -> None:
    old, new = _doc(), _doc()
    for doc in (old, new):
        doc["components"]["schemas"]["contact"]["allOf"] = [{"$ref": "#/components/schemas/tag"}]
    contact = new["components"]["schemas"]["contact"]
    contact["properties"]["phone"] = {"type": "string"}
    del contact["properties"]["name"]
    contact["properties"]["status"]["enum"].remove("archived")
    log = _diff(old, new)
    assert _find(log, "property.added", "contact", ".phone").breaking is False
    assert _find(log, "property.removed", "contact", ".name").breaking is True
    # A response enum value removed: code naming the generated member breaks.
    assert _find(log, "enum.value_removed", "contact", '"archived"').breaking is True


def test_whole_enums_appearing_and_disappearing() -> None:
    old, new = _doc(), _doc()
    del new["components"]["schemas"]["contact"]["properties"]["status"]["enum"]
    body = new["paths"]["/contacts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["email"]["enum"] = ["a@example.com"]
    log = _diff(old, new)
    gone = _find(log, "enum.removed", "contact", ".status")
    assert (gone.old, gone.breaking) == (("active", "archived"), True)  # the enum class is deleted
    assert _find(log, "enum.added", "POST /contacts", ".email").breaking is True  # request: values limited
    assert (
        _find(_diff(new, old), "enum.added", "contact", ".status").breaking is False
    )  # response: str members


def test_additional_properties_discriminator_and_default() -> None:
    old, new = _doc(), _doc()
    contact = new["components"]["schemas"]["contact"]
    contact["additionalProperties"] = {"type": "string"}
    contact["discriminator"] = {"propertyName": "status"}
    new["paths"]["/contacts/{id}"]["get"]["parameters"][1]["schema"]["default"] = "a"
    log = _diff(old, new)
    extra = _find(log, "additional_properties.changed", "contact")
    assert (extra.old, extra.new, extra.breaking) == (
        "(any)",
        "string",
        False,
    )  # read-only: a typed map is still a map
    assert _find(log, "discriminator.changed", "contact").breaking is True
    assert _find(log, "schema.default_changed", "GET /contacts/{id}", "fields").breaking is False
    back = _find(_diff(new, old), "additional_properties.changed", "contact")
    assert (back.old, back.new, back.breaking) == ("string", "(any)", True)  # typed values are gone


def test_stray_properties_on_a_string_parameter_mean_nothing() -> None:
    """Upstream has `properties` on some string query parameters; the generator ignores them."""
    old, new = _doc(), _doc()
    old["paths"]["/contacts/{id}"]["get"]["parameters"][1]["schema"]["properties"] = {"x": {"type": "string"}}
    assert _diff(old, new).changes == []


def test_a_ref_gaining_sibling_properties_is_a_new_model() -> None:
    old, new = _doc(), _doc()
    media = new["paths"]["/contacts/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"allOf": [media["schema"]], "properties": {"push": {"type": "boolean"}}}
    log = _diff(old, new)
    assert _find(log, "schema.type_changed", "GET /contacts/{id}", "new model class").breaking is True
    assert _find(log, "property.added", "GET /contacts/{id}", ".push").breaking is False


def test_components_added_and_removed() -> None:
    old, new = _doc(), _doc()
    del new["components"]["schemas"]["tag"]
    new["components"]["schemas"]["brand"] = {"type": "object", "properties": {}}
    log = _diff(old, new)
    assert _find(log, "component.removed", "tag").breaking is True
    assert _find(log, "component.added", "brand").breaking is False


def test_output_is_deterministic_and_json_matches_its_schema() -> None:
    old, new = _doc(), _doc()
    new["paths"]["/b"] = {"get": {"operationId": "b", "responses": {}}}
    new["paths"]["/a"] = {
        "get": {"operationId": "a", "responses": {}},
        "post": {"operationId": "c", "responses": {}},
    }
    shuffled = copy.deepcopy(new)
    shuffled["paths"] = dict(reversed(list(new["paths"].items())))
    first, second = _diff(old, new), _diff(old, shuffled)
    assert first.to_json() == second.to_json()
    assert first.to_markdown() == second.to_markdown()
    assert [c.target for c in first.changes] == ["GET /a", "POST /a", "GET /b"]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(first.to_json()), changelog.JSON_SCHEMA)


# --- real pairs ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def logs() -> dict[tuple[str, str], changelog.Changelog]:
    try:
        pin.materialise()
    except (pin.PinError, OSError) as exc:  # pragma: no cover - no upstream source on this machine
        pytest.skip(f"pinned descriptions unavailable: {exc}")
    return {pair: changelog.compare(*pair) for pair in PAIRS}


def test_pairs_cover_2_7_to_preview() -> None:
    assert PAIRS[0] == ("2.7", "2.8")
    assert PAIRS[-2:] == [("2.15", "2.16"), ("2.16", "0")]
    assert len(PAIRS) == 10


# One hand-checked fact per pair (read off the two YAML files), beyond "it did not crash".
KNOWN = {
    ("2.7", "2.8"): [
        ("property.added", "admin", ".team_priority_level", False),
        ("schema.non_nullable", "search_request", ".pagination", True),
    ],
    ("2.8", "2.9"): [
        ("operation.added", "POST /tickets", "createTicket", False),
        ("operation.added", "GET /ticket_types", "listTicketTypes", False),
    ],
    ("2.9", "2.10"): [
        ("operation.removed", "GET /help_center/sections", "listAllSections", True),
        ("component.removed", "section", "", True),
        ("schema.ref_changed", "POST /tickets/{id}/reply", "ticket_note -> ticket_reply", True),
    ],
    ("2.10", "2.11"): [
        ("operation.renamed", "GET /data_attributes", "lisDataAttributes -> listDataAttributes", True),
        ("schema.type_changed", "GET /admins/{admin_id}", "integer -> string", True),
        ("property.required", "conversation", "", False),
    ],
    ("2.11", "2.12"): [
        (
            "operation.removed",
            "POST /conversations/{conversation_id}/run_assignment_rules",
            "autoAssignConversation",
            True,
        ),
        ("property.removed", "contact", ".formatted_phone", True),
    ],
    ("2.12", "2.13"): [
        ("operation.added", "DELETE /conversations/{id}", "deleteConversation", False),
        ("operation.added", "POST /contacts/{id}/block", "BlockContact", False),
    ],
    ("2.13", "2.14"): [
        ("parameter.added", "GET /conversations/{conversation_id}", "include_translations", False),
        ("property.removed", "update_ticket_request", ".assignment", True),
        ("request_body.added", "PUT /companies/{company_id}", "", False),
    ],
    ("2.14", "2.15"): [
        ("operation.added", "GET /brands", "listBrands", False),
        ("operation.added", "POST /fin_voice/register", "registerFinVoiceCall", False),
        ("enum.value_removed", "ai_agent", '"abandoned"', True),  # the generated member is gone
        ("enum.value_added", "intercom_version", '"2.15"', False),
        ("property.added", "conversation", ".company", False),
    ],
    ("2.15", "2.16"): [
        (
            "operation.renamed",
            "GET /custom_object_instances/{custom_object_type_identifier}",
            "getCustomObjectInstancesByExternalId -> listCustomObjectInstances",
            True,
        ),
        ("parameter.added", "GET /contacts", "include_merge_history", False),
        ("property.removed", "article_list_item", ".parent_id", True),
    ],
    ("2.16", "0"): [
        ("operation.removed", "GET /ip_allowlist", "getIpAllowlist", True),
        ("operation.added", "POST /fin/ask", "askFin", False),
        ("request_body.removed", "PUT /companies/{id}", "", True),
        ("operation.tag_changed", "POST /conversations/redact", "Conversation Parts", True),
        ("path_parameter.renamed", "GET /contacts/{id}", "", True),
    ],
}


@pytest.mark.slow
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p[0]}-to-{p[1]}")
def test_known_differences_of_each_real_pair(
    logs: dict[tuple[str, str], changelog.Changelog], pair: tuple[str, str]
) -> None:
    log = logs[pair]
    for kind, target, contains, breaking in KNOWN[pair]:
        assert _find(log, kind, target, contains).breaking is breaking
    summary = log.summary()
    assert summary["total"] == len(log.changes) > 0
    assert summary["added"] + summary["removed"] + summary["changed"] == summary["total"]


@pytest.mark.slow
def test_2_14_to_2_15_exactly(logs: dict[tuple[str, str], changelog.Changelog]) -> None:
    """2.14 -> 2.15, checked against the two YAML files by hand: twelve operations and components added,
    nothing breaking."""
    log = logs[("2.14", "2.15")]
    assert [c.target for c in _by(log, "operation.added")] == [
        "GET /brands",
        "GET /brands/{id}",
        "GET /companies/{company_id}/notes",
        "GET /conversations/{id}/handling_events",
        "GET /emails",
        "GET /emails/{id}",
        "GET /export/workflows/{id}",
        "GET /fin_voice/collect/{id}",
        "GET /fin_voice/conversation/{conversation_id}",
        "GET /fin_voice/external_id/{external_id}",
        "GET /fin_voice/phone_number/{phone_number}",
        "POST /fin_voice/register",
    ]
    assert {c.target for c in _by(log, "component.added")} == {
        "ai_call_response",
        "brand",
        "brand_list",
        "company_note",
        "conversation_attribute_updated_by_user",
        "email_list",
        "email_setting",
        "handling_event",
        "handling_event_list",
        "register_fin_voice_call_request",
        "teammate_reference",
        "workflow_export",
    }
    # The only breaking entries: response enum values removed (their generated members are gone).
    assert {c.kind for c in log.changes if c.breaking} == {"enum.value_removed"}
    assert not _by(log, "operation.removed")


@pytest.mark.slow
def test_intercom_version_header_changes_never_break(
    logs: dict[tuple[str, str], changelog.Changelog],
) -> None:
    header = [c for c in logs[("2.16", "0")].changes if "Intercom-Version" in c.location]
    assert header and not any(c.breaking for c in header)


@pytest.mark.slow
def test_checked_in_changelogs_are_current(logs: dict[tuple[str, str], changelog.Changelog]) -> None:
    """docs/changelog/<a>-to-<b>.md is what `diff --all-pairs --out-dir docs/changelog` writes today."""
    from intercom_codegen.paths import ROOT

    for pair in PAIRS:
        log = logs[pair]
        name = f"{pair[0]}-to-{pair[1]}".replace("-to-0", "-to-Preview")
        assert (ROOT / "docs" / "changelog" / f"{name}.md").read_text(encoding="utf-8") == log.to_markdown()
        assert (ROOT / "docs" / "changelog" / f"{name}.json").read_text(encoding="utf-8") == log.to_json()
        assert log.python_api is not None and "## Python API" in log.to_markdown()
        assert str(ROOT) not in log.to_json()


def test_spec_arguments() -> None:
    assert changelog.parse_spec_arg("2.14") == ("2.14", None)
    assert changelog.parse_spec_arg("2.14@/tmp/x") == ("2.14", "/tmp/x")
    assert changelog.parse_spec_arg("Preview") == ("0", None)
    with pytest.raises(changelog.ChangelogError):
        changelog.parse_spec_arg("2.14@")


def test_diff_command(
    logs: dict[tuple[str, str], changelog.Changelog], capsys: pytest.CaptureFixture[str]
) -> None:
    from intercom_codegen.__main__ import main

    assert main(["diff", "2.14", "2.15", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["operations_added"] == 12
    api = data["python_api"]
    assert api["format"] == "intercom-python-api-diff/1"
    assert {
        "name": "api.brands.list_brands.sync",
        "kind": "function.added",
        "breaking": False,
    }.items() <= next(c for c in api["changes"] if c["name"] == "api.brands.list_brands.sync").items()
    assert main(["diff", "2.14", "2.15"]) == 0
    assert "## Python API: `intercom_v2_14` → `intercom_v2_15`" in capsys.readouterr().out
    assert main(["diff", "2.14", "9.9"]) == 2
    assert "unknown Intercom-Version '9.9'" in capsys.readouterr().err
    assert main(["diff", "--all-pairs", "--summary"]) == 0
    table = capsys.readouterr().out
    assert "| 2.14 → 2.15 " in table and "| 2.16 → Preview " in table


# --- against an independent differ ------------------------------------------------------------------


def changelog_facts(log: changelog.Changelog) -> set[tuple[str, str]]:
    """The changelog's entries in reference_diff's terms: (target, place), see that module."""
    out: set[tuple[str, str]] = set()
    moved = {c.target for c in log.changes if c.kind == "operation.moved"}
    for c in log.changes:
        if c.kind == "operation.moved":
            out |= {(c.old, ""), (c.new, "")}  # the reference sees a removal and an addition
            continue
        if c.target in moved:
            continue
        rest = c.location[len(c.target) :] if c.location.startswith(c.target) else c.location
        head, _, tail = rest.partition(" .")
        head = head.strip()
        cut = min((i for i in (head.find("["), head.find("{*}"), head.find("<")) if i >= 0), default=-1)
        if cut >= 0:
            head, tail = head[:cut], ""
        head = re.sub(r" \([^)]*\)$", "", head).strip()
        if head.startswith("parameter "):
            head = head.lower()
        cut = min((i for i in (tail.find("[]"), tail.find("{*}"), tail.find("<")) if i >= 0), default=-1)
        path = tail[:cut] if cut >= 0 else tail
        place = f"{head}|{path}" if head and path else head or path
        out.add((c.target, place))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p[0]}-to-{p[1]}")
def test_changelog_agrees_with_an_independent_differ(
    logs: dict[tuple[str, str], changelog.Changelog], pair: tuple[str, str]
) -> None:
    """Every place the reference differ (tests/codegen/reference_diff.py, from the overlaid YAML) finds a
    difference, the changelog reports one, and the other way round."""
    old_doc, _, _ = changelog.load(pair[0])
    new_doc, _, _ = changelog.load(pair[1])
    reference = reference_diff.facts(old_doc, new_doc)
    ours = changelog_facts(logs[pair])
    print(
        f"{pair[0]} -> {pair[1]}: reference {len(reference)} places, changelog {len(ours)} places "
        f"({len(logs[pair].changes)} entries), disagreements {len(reference ^ ours)}"
    )
    assert reference, "the reference differ found nothing: it cannot be checking anything"
    assert sorted(reference - ours) == [], "places the changelog misses"
    assert sorted(ours - reference) == [], "places only the changelog reports"


@pytest.mark.slow
def test_no_false_property_changes_on_scalar_parameters(
    logs: dict[tuple[str, str], changelog.Changelog],
) -> None:
    """2.15's external_id query parameter is a string with stray `properties` upstream; 2.16 drops them.
    The generated type is `str` in both, so only its real change (no longer required) is reported."""
    log = logs[("2.15", "2.16")]
    target = "GET /custom_object_instances/{custom_object_type_identifier}"
    found = [
        c.kind for c in log.changes if c.target == target and "parameter query external_id" in c.location
    ]
    assert found == ["parameter.optional"]
    for pair_log in logs.values():
        assert not [
            c for c in pair_log.changes if c.kind.startswith("property.") and " parameter " in c.location
        ]
