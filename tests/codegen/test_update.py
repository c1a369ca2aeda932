"""`update`: moving the pin to a new upstream commit, on a temporary pin file and source checkout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intercom_codegen import changelog, pin, update
from intercom_codegen.paths import PIN_FILE

NEW_COMMIT = "a" * 40


@pytest.fixture(scope="module")
def upstream() -> Path:
    """The checkout the real pin was materialised from (the tests copy and modify its files)."""
    source = pin.default_source()
    if source is None or not (source / "descriptions").is_dir():  # pragma: no cover - depends on the machine
        pytest.skip("no local upstream checkout (../shared/intercom-openapi)")
    return source


def _source(
    tmp_path: Path, upstream: Path, edits: dict[str, Any], extra: dict[str, Any] | None = None
) -> Path:
    """A fake checkout at NEW_COMMIT: every pinned file as upstream, `edits[version](doc)` applied."""
    root = tmp_path / "checkout"
    for vpin in pin.load().versions.values():
        target = root / vpin.path
        target.parent.mkdir(parents=True, exist_ok=True)
        original = upstream / vpin.path
        if vpin.version in edits:
            doc = changelog.parse_yaml(original.read_bytes())
            edits[vpin.version](doc)
            target.write_text(
                json.dumps(doc, default=str, ensure_ascii=False), encoding="utf-8"
            )  # JSON is YAML
        else:
            target.symlink_to(original)
    for version, make in (extra or {}).items():
        target = root / "descriptions" / version / pin.SPEC_FILENAME
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = changelog.parse_yaml((upstream / pin.load().get(make[0]).path).read_bytes())
        make[1](doc)
        target.write_text(json.dumps(doc, default=str, ensure_ascii=False), encoding="utf-8")
    (root / "SOURCE.txt").write_text(f"commit: {NEW_COMMIT}\ncommitted: 2026-09-01T10:00:00+00:00\n")
    return root


def _pin_copy(tmp_path: Path, extra_line: str = "") -> Path:
    target = tmp_path / "pin.toml"
    target.write_text(PIN_FILE.read_text(encoding="utf-8") + extra_line, encoding="utf-8")
    return target


def _edit_2_15(doc: dict[str, Any]) -> None:
    del doc["paths"]["/brands"]["get"]  # an operation removed
    doc["paths"]["/contacts"]["get"]["parameters"].append(  # a required parameter added
        {"name": "segment_id", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    doc["components"]["schemas"]["brand"]["properties"].pop("name")  # a property removed


def _run(tmp_path: Path, source: Path, pin_file: Path) -> update.UpdateResult:
    return update.update(
        None,
        source=source,
        pin_file=pin_file,
        old_source=None,
        changelog_dir=tmp_path / "changelog",
        materialise=False,
        regenerate=False,
    )


def test_update_moves_the_pin_and_reports_exactly_the_changes(tmp_path: Path, upstream: Path) -> None:
    pin_file = _pin_copy(tmp_path)
    before = pin_file.read_text(encoding="utf-8")
    result = _run(tmp_path, _source(tmp_path, upstream, {"2.15": _edit_2_15}), pin_file)

    assert result.changed == ["2.15"] and result.added == []
    assert len(result.unchanged) == 10
    # The pin file: new commit and date, a new sha256 for 2.15, everything else byte for byte.
    after = pin_file.read_text(encoding="utf-8")
    new = pin.load(pin_file)
    assert new.commit == NEW_COMMIT
    assert 'committed = "2026-09-01T10:00:00+00:00"' in after
    assert new.get("2.15").sha256 != pin.load().get("2.15").sha256
    changed_lines = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert [a.split("=")[0].strip() for a, _ in changed_lines] == ["commit", "committed", '"2.15"']

    (log,) = result.changelogs
    assert (log.old.label, log.new.label) == ("2.15@8889625", "2.15@aaaaaaa")
    found = {(c.kind, c.target, c.breaking) for c in log.changes}
    assert found == {
        ("operation.removed", "GET /brands", True),
        ("parameter.added", "GET /contacts", True),
        ("property.removed", "brand", True),
    }
    md = (tmp_path / "changelog" / "pin-8889625-to-aaaaaaa.md").read_text(encoding="utf-8")
    assert "`GET /brands`: removed (listBrands)" in md
    assert "parameter query segment_id added (string, required)" in md
    data = json.loads((tmp_path / "changelog" / "pin-8889625-to-aaaaaaa.json").read_text(encoding="utf-8"))
    assert data["changed"] == ["2.15"] and data["changelogs"][0]["summary"]["breaking"] == 3
    # Committed files name upstream, never this machine: no temporary checkout, no home directory.
    assert data["changelogs"][0]["new"]["origin"] == (
        f"github.com/intercom/Intercom-OpenAPI@{NEW_COMMIT}:descriptions/2.15/api.intercom.io.yaml"
    )
    for text in (md, json.dumps(data)):
        assert str(tmp_path) not in text and str(upstream.resolve()) not in text and "/work/" not in text


def test_a_new_version_is_one_pin_line(tmp_path: Path, upstream: Path) -> None:
    def make_2_17(doc: dict[str, Any]) -> None:
        doc["paths"]["/widgets"] = {
            "get": {
                "operationId": "listWidgets",
                "summary": "List widgets",
                "responses": {"200": {"description": "ok"}},
            }
        }

    pin_file = _pin_copy(tmp_path, '"2.17" = {}\n')
    source = _source(tmp_path, upstream, {}, extra={"2.17": ("2.16", make_2_17)})
    result = _run(tmp_path, source, pin_file)
    assert result.added == ["2.17"] and result.changed == []
    new = pin.load(pin_file)
    assert len(new.get("2.17").sha256) == 64
    assert new.get("2.17").package == "intercom_v2_17"
    (log,) = result.changelogs
    assert (log.old.version, log.new.version) == ("2.16", "2.17")
    assert [(c.kind, c.target) for c in log.changes] == [("operation.added", "GET /widgets")]


def test_rewrite_pin_keeps_comments_and_other_keys() -> None:
    text = (
        '# c\n[upstream]\ncommit = "old"\ncommitted = "x"\n\n[versions]\n# keep\n"2.7" = { sha256 = "1" }\n'
        '"0" = { sha256 = "2", package = "intercom_preview", header = "Preview" }\n"2.17" = {}\n'
    )
    out = update.rewrite_pin(text, "new", {"2.7": "a", "0": "b", "2.17": "c"}, None)
    assert (
        out == '# c\n[upstream]\ncommit = "new"\ncommitted = "unknown"\n\n[versions]\n# keep\n'
        '"2.7" = { sha256 = "a" }\n"0" = { sha256 = "b", package = "intercom_preview", header = "Preview" }\n'
        '"2.17" = { sha256 = "c" }\n'
    )


def test_rewrite_pin_keeps_the_date_of_an_unchanged_commit() -> None:
    text = '[upstream]\ncommit = "c1"\ncommitted = "2026-08-21"\n'
    assert update.rewrite_pin(text, "c1", {}, None) == text
    assert update.rewrite_pin(text, "c2", {}, None) == '[upstream]\ncommit = "c2"\ncommitted = "unknown"\n'


def test_bad_input_is_refused(tmp_path: Path, upstream: Path) -> None:
    pin_file = _pin_copy(tmp_path)
    with pytest.raises(update.UpdateError, match="40-hex-digit"):
        update.update("abc", source=None, pin_file=pin_file, regenerate=False, materialise=False)
    source = _source(tmp_path, upstream, {})
    with pytest.raises(update.UpdateError, match="is at commit"):
        update.update("b" * 40, source=source, pin_file=pin_file, regenerate=False, materialise=False)
    with pytest.raises(update.UpdateError, match="give --commit"):
        update.update(None, source=None, pin_file=pin_file, regenerate=False, materialise=False)
    assert pin_file.read_text(encoding="utf-8") == PIN_FILE.read_text(encoding="utf-8")


def test_update_command_dry_run(tmp_path: Path, upstream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intercom_codegen.__main__ import main

    pin_file = _pin_copy(tmp_path)
    source = _source(tmp_path, upstream, {"2.15": _edit_2_15})
    assert main(["update", "--source", str(source), "--pin-file", str(pin_file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "changed 2.15" in out and "| 2.15 → 2.15 " in out
    assert pin_file.read_text(encoding="utf-8") == PIN_FILE.read_text(encoding="utf-8")
    assert main(["update", "--commit", "zz", "--pin-file", str(pin_file)]) == 2


def test_update_reports_the_regenerated_python_api(
    tmp_path: Path, upstream: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The regeneration itself is the build's (tested there); here it is a stand-in that removes the
    brand functions from a copy of the package, as regenerating without GET /brands does."""
    import shutil
    from types import SimpleNamespace

    from intercom_codegen import build
    from intercom_codegen.paths import GENERATED_DIR

    generated = tmp_path / "generated"
    shutil.copytree(GENERATED_DIR / "intercom_v2_15", generated / "intercom_v2_15")
    monkeypatch.setattr(update, "GENERATED_DIR", generated)

    def regenerate(versions: object) -> list[SimpleNamespace]:
        (generated / "intercom_v2_15" / "api" / "brands" / "list_brands.py").unlink()
        return [SimpleNamespace(version="2.15", skipped=False, problems=[], ok=True)]

    monkeypatch.setattr(build, "regenerate", regenerate)
    result = update.update(
        None,
        source=_source(tmp_path, upstream, {"2.15": _edit_2_15}),
        pin_file=_pin_copy(tmp_path),
        changelog_dir=tmp_path / "changelog",
        openapi_dir=tmp_path / "openapi",
        regenerate=True,
    )
    assert result.regenerated == ["2.15"]
    (log,) = result.changelogs
    assert log.python_api is not None
    removed = {c.name for c in log.python_api.changes if c.kind == "function.removed"}
    assert removed == {
        f"api.brands.list_brands.{f}" for f in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
    }
    md = (tmp_path / "changelog" / "pin-8889625-to-aaaaaaa.md").read_text(encoding="utf-8")
    assert (
        "Python API: `2.15@8889625` → `2.15@aaaaaaa`" in md and "`api.brands.list_brands.sync` removed" in md
    )
    assert str(tmp_path) not in md
