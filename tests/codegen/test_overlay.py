"""The Overlay 1.0 applier: RFC 9535 targets, update/remove semantics, and our staleness rule."""

from __future__ import annotations

import pytest

from intercom_codegen import overlay


def _overlay(actions: str, versions: str = '["2.7+"]') -> overlay.Overlay:
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


def test_project_overlays_all_cite_evidence_and_apply() -> None:
    """Every committed overlay parses, and every action carries a real description."""
    overlays = overlay.load_all()
    assert overlays, "overlays/ is empty"
    for ov in overlays:
        for action in ov.actions:
            assert len(action.description) > 40, f"{ov.name}: {action.target}: description too thin"
