"""Regeneration: the committed generated/ is exactly what the inputs produce, and reruns are no-ops."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from intercom_codegen import build

from .conftest import VERSIONS


@pytest.fixture(scope="module")
def fresh() -> Iterator[Path]:
    """Every version regenerated from scratch into a temporary directory (the drift check's input)."""
    tmp, results = build.tempdir_regeneration()
    with tmp:
        assert [r.problems for r in results] == [[] for _ in results]
        yield Path(tmp.name)


def test_generated_matches_a_fresh_regeneration_byte_for_byte(fresh: Path) -> None:
    """The drift check: generated/ was not edited by hand and is not stale."""
    differ = build.compare_trees(build.GENERATED_DIR, fresh)
    assert differ == [], (
        f"{len(differ)} files differ, e.g. {differ[:5]}: run `python -m intercom_codegen regenerate`"
    )


def test_second_run_with_the_same_inputs_skips_every_version_and_changes_no_byte(fresh: Path) -> None:
    before = {v: build.tree_digest(fresh / r) for v, r in _packages(fresh).items()}
    results = build.regenerate(output_dir=fresh, check=False)
    assert [r.skipped for r in results] == [True] * len(VERSIONS)
    assert {v: build.tree_digest(fresh / r) for v, r in _packages(fresh).items()} == before


def test_a_hand_edit_is_detected_and_only_that_version_is_regenerated(fresh: Path) -> None:
    edited = fresh / "intercom_v2_8" / "client.py"
    original = edited.read_bytes()
    edited.write_bytes(original + b"\n# edited by hand\n")
    (fresh / "intercom_v2_8" / "errors.py").unlink()
    results = {r.version: r for r in build.regenerate(["2.7", "2.8"], output_dir=fresh, check=False)}
    assert results["2.7"].skipped and not results["2.8"].skipped
    assert edited.read_bytes() == original
    assert build.compare_trees(build.GENERATED_DIR / "intercom_v2_8", fresh / "intercom_v2_8") == []


def test_compare_trees_reports_changed_missing_and_extra_files() -> None:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        (Path(a) / "same.py").write_text("x")
        (Path(b) / "same.py").write_text("x")
        (Path(a) / "changed.py").write_text("1")
        (Path(b) / "changed.py").write_text("2")
        (Path(a) / "only_a.py").write_text("")
        (Path(b) / "only_b.py").write_text("")
        assert build.compare_trees(Path(a), Path(b)) == ["only_a.py", "only_b.py", "changed.py"]


def _packages(root: Path) -> dict[str, str]:
    manifest = build.load_manifest(root / "MANIFEST.json")
    return {v: e["package"] for v, e in manifest["versions"].items()}
