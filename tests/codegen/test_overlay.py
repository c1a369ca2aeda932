"""The Overlay 1.0 applier: RFC 9535 targets, update/remove semantics, and our staleness rule."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from intercom_codegen import overlay, spec


def _overlay(actions: str, versions: str = '["2.7+"]', evidence: bool = True) -> overlay.Overlay:
    if evidence:  # every action needs x-evidence; these tests are about the other rules
        actions = re.sub(
            r"^(    description: .*)$",
            r"\1\n    x-evidence: [{url: 'https://example.org/', quote: q}]",
            actions,
            flags=re.M,
        )
    text = f"overlay: 1.0.0\ninfo: {{title: t, version: 1.0.0}}\nx-intercom-versions: {versions}\nactions:\n{actions}"
    return overlay.parse(text.encode(), "test.yaml")


def test_update_merges_objects_appends_arrays_and_replaces_scalars() -> None:
    doc = {"a": {"keep": 1, "replace": 1, "nested": {"x": 1}, "list": [1]}}
    ov = _overlay(
        "  - target: $.a\n    description: d\n"
        "    update: {replace: 2, nested: {y: 2}, list: [2, 3], new: true}\n"
    )
    overlay.apply(doc, [ov], "2.14")
    assert doc == {"a": {"keep": 1, "replace": 2, "nested": {"x": 1, "y": 2}, "list": [1, 2, 3], "new": True}}


def test_update_on_an_array_target_appends() -> None:
    doc = {"enum": ["pending", "completed"]}
    overlay.apply(doc, [_overlay("  - target: $.enum\n    description: d\n    update: [complete]\n")], "2.14")
    assert doc["enum"] == ["pending", "completed", "complete"]


def test_remove_an_array_element_by_filter() -> None:
    """oas-patch 0.6.0 crashes on targets that end in an array element; this is the case."""
    doc = {
        "parameters": [
            {"name": "a", "in": "query"},
            {"name": "b", "in": "query"},
            {"name": "a", "in": "header"},
        ]
    }
    ov = _overlay(
        "  - target: \"$.parameters[?@.name=='a' && @.in=='query']\"\n    description: d\n    remove: true\n"
    )
    overlay.apply(doc, [ov], "2.14")
    assert doc["parameters"] == [{"name": "b", "in": "query"}, {"name": "a", "in": "header"}]


def test_remove_several_elements_of_one_array() -> None:
    doc = {"xs": [{"drop": True}, {"drop": False}, {"drop": True}, {"drop": True}]}
    overlay.apply(
        doc, [_overlay("  - target: $.xs[?@.drop==true]\n    description: d\n    remove: true\n")], "2.7"
    )
    assert doc["xs"] == [{"drop": False}]


def test_update_on_an_array_element_target() -> None:
    doc = {"parameters": [{"name": "Accept", "required": True}]}
    ov = _overlay(
        "  - target: \"$.parameters[?@.name=='Accept']\"\n    description: d\n    update: {required: false}\n"
    )
    overlay.apply(doc, [ov], "2.14")
    assert doc["parameters"] == [{"name": "Accept", "required": False}]


def test_wildcard_target_updates_every_match() -> None:
    doc = {"schemas": {"a": {"title": "A"}, "b": {"title": "B"}}}
    overlay.apply(
        doc, [_overlay("  - target: $.schemas.*.title\n    description: d\n    remove: true\n")], "2.7"
    )
    assert doc == {"schemas": {"a": {}, "b": {}}}


def test_an_action_that_selects_nothing_fails_the_build() -> None:
    ov = _overlay(
        "  - target: $.components.schemas.gone\n    description: upstream bug X\n    remove: true\n"
    )
    with pytest.raises(
        overlay.OverlayError, match=r"(?s)selects nothing in Intercom-Version 2\.15.*upstream bug X"
    ):
        overlay.apply({"components": {"schemas": {}}}, [ov], "2.15")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("  - target: $.a\n    update: {}\n", "needs a `description`"),
        ("  - target: $.a\n    description: d\n", "needs `update` or `remove: true`"),
        ("  - target: $.a[\n    description: d\n    remove: true\n", "invalid JSONPath"),
    ],
)
def test_malformed_actions_are_refused(action: str, message: str) -> None:
    with pytest.raises(overlay.OverlayError, match=message):
        _overlay(action)


def test_overlay_must_name_its_versions() -> None:
    with pytest.raises(overlay.OverlayError, match="x-intercom-versions"):
        overlay.parse(b"overlay: 1.0.0\nactions: []\n", "x.yaml")


@pytest.mark.parametrize(
    ("spec", "version", "expected"),
    [
        ("2.11", "2.11", True),
        ("2.11", "2.1", False),
        ("2.7-2.10", "2.9", True),
        ("2.7-2.10", "2.10", True),
        ("2.7-2.10", "2.11", False),
        ("2.14+", "2.14", True),
        ("2.14+", "2.17", True),
        ("2.14+", "0", True),
        ("2.14+", "2.13", False),
        ("0", "Preview", True),
    ],
)
def test_version_specifiers(spec: str, version: str, expected: bool) -> None:
    assert overlay.version_matches(spec, version) is expected


def _seeds() -> Path:
    from intercom_codegen.paths import DEFAULT_LOCAL_SOURCE

    seeds = DEFAULT_LOCAL_SOURCE.parent / "seeds"
    if not seeds.is_dir():  # pragma: no cover - depends on the machine
        pytest.skip(f"no seed pages at {seeds}")
    return seeds


def test_project_overlays_prove_their_evidence() -> None:
    """Every committed overlay (any file in overlays/, whoever adds it) parses, every action carries a
    description and x-evidence, and every seed quote and spec claim of that evidence holds."""
    overlays = overlay.load_all()
    assert overlays, "overlays/ is empty"
    assert overlay.missing_evidence(overlays) == [], "actions without x-evidence"
    checked = 0
    for ov in overlays:
        for action in ov.actions:
            assert len(action.description) > 40, f"{ov.name}: {action.target}: description too thin"
            checked += sum("seed" in e or "spec" in e for e in action.evidence)
    assert overlay_problems(overlays) == []
    assert checked >= len(overlays)  # most evidence is checkable, not only URLs


def overlay_problems(overlays: list[overlay.Overlay]) -> list[str]:
    return [p for ov in overlays for p in overlay.check_evidence(ov, _seeds(), spec.load_upstream)]


def test_evidence_that_does_not_hold_is_reported(tmp_path: Path) -> None:
    (tmp_path / "007_page.txt").write_text(
        "The job has a status of  complete,\nand a download_url.", encoding="utf-8"
    )
    doc: dict[str, Any] = {"paths": {}, "components": {"schemas": {"x": {"type": "string", "enum": ["a"]}}}}
    ov = _overlay(
        "  - target: $.a\n    description: d\n    remove: true\n    x-evidence:\n"
        "      - {seed: '007', quote: 'status of complete, and a'}\n"  # holds (whitespace-insensitive)
        "      - {seed: '007', quote: completed}\n"
        "      - {seed: '008', quote: x}\n"
        "      - {spec: '2.11', target: $.components.schemas.x, subset: {type: string}}\n"  # holds
        "      - {spec: '2.11', target: $.components.schemas.x, subset: {type: integer}}\n"
        "      - {spec: '2.11', target: $.components.schemas.x, contains: '\"b\"'}\n"
        "      - {spec: '2.11', target: $.components.schemas.y, lacks: type}\n"
        "      - {spec: '2.11', target: $.components.schemas.x, lacks: enum}\n",
        evidence=False,
    )
    problems = overlay.check_evidence(ov, tmp_path, lambda version: doc)
    assert len(problems) == 6, problems
    assert "does not contain 'completed'" in problems[0]
    assert "no seed page 008" in problems[1]
    assert "is {'type': 'string', 'enum': ['a']}, not {'type': 'integer'}" in problems[2]


@pytest.mark.parametrize(
    "evidence",
    [
        "    x-evidence: {seed: '000'}\n",
        "    x-evidence: [{seed: '000'}]\n",
        "    x-evidence: [{spec: '2.11', target: $.a}]\n",
        "    x-evidence: [{url: 'http://x', quote: q}]\n",
    ],
)
def test_malformed_evidence_is_refused(evidence: str) -> None:
    with pytest.raises(overlay.OverlayError, match="evidence"):
        _overlay(f"  - target: $.a\n    description: d\n    remove: true\n{evidence}", evidence=False)


def test_missing_evidence_loads_but_is_listed() -> None:
    """A new overlay without evidence still builds (work in progress); the project test above fails on it."""
    ov = _overlay("  - target: $.a\n    description: d\n    remove: true\n", evidence=False)
    assert ov.actions[0].evidence == ()
    assert overlay.missing_evidence([ov]) == ["test.yaml action 0 ($.a)"]
