"""The pin: every build uses exactly the pinned upstream bytes, or refuses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from intercom_codegen import pin

PINNED = pin.load()


def _source_with(tmp_path: Path, version: str, data: bytes) -> Path:
    vpin = PINNED.get(version)
    target = tmp_path / "src" / vpin.path
    target.parent.mkdir(parents=True)
    target.write_bytes(data)
    return tmp_path / "src"


def test_pin_names_upstream_commit_and_every_version() -> None:
    assert PINNED.repository == "github.com/intercom/Intercom-OpenAPI"
    assert PINNED.commit == "8889625a7b931d8649e18726e7f872ff073520fc"
    assert list(PINNED.versions) == [
        "2.7",
        "2.8",
        "2.9",
        "2.10",
        "2.11",
        "2.12",
        "2.13",
        "2.14",
        "2.15",
        "2.16",
        "0",
    ]
    for vpin in PINNED.versions.values():
        assert len(vpin.sha256) == 64
        assert vpin.path == f"descriptions/{vpin.version}/api.intercom.io.yaml"


def test_package_and_header_rules() -> None:
    assert PINNED.get("2.14").package == "intercom_v2_14"
    assert PINNED.get("2.14").header == "2.14"
    preview = PINNED.get("0")
    assert (preview.package, preview.header) == ("intercom_preview", "Preview")
    assert PINNED.get("Preview") is preview


def test_unknown_version_lists_the_pinned_ones() -> None:
    with pytest.raises(pin.PinError, match=r"unknown Intercom-Version '2\.99'.*2\.7, 2\.8"):
        PINNED.get("2.99")


def test_raw_url_is_at_the_pinned_commit() -> None:
    url = PINNED.url(PINNED.get("2.14"))
    assert url == (
        "https://raw.githubusercontent.com/intercom/Intercom-OpenAPI/"
        "8889625a7b931d8649e18726e7f872ff073520fc/descriptions/2.14/api.intercom.io.yaml"
    )


def test_materialised_files_match_their_pinned_sha256() -> None:
    for vpin in pin.materialise():
        assert hashlib.sha256(vpin.local_path.read_bytes()).hexdigest() == vpin.sha256


def test_sha256_mismatch_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vpin = PINNED.get("2.7")
    source = _source_with(tmp_path, "2.7", vpin.local_path.read_bytes() + b"\n# tampered\n")
    monkeypatch.setattr(
        pin.VersionPin, "local_path", property(lambda self: tmp_path / "out" / self.version / "x.yaml")
    )
    with pytest.raises(pin.PinError) as info:
        pin.materialise(["2.7"], source=source)
    message = str(info.value)
    assert "sha256 mismatch for Intercom-Version 2.7" in message
    assert vpin.sha256 in message
    assert not (tmp_path / "out" / "2.7" / "x.yaml").exists()


def test_materialise_copies_pinned_bytes_from_a_local_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vpin = PINNED.get("2.8")
    data = vpin.local_path.read_bytes()
    source = _source_with(tmp_path, "2.8", data)
    monkeypatch.setattr(
        pin.VersionPin, "local_path", property(lambda self: tmp_path / "out" / self.version / "x.yaml")
    )
    (done,) = pin.materialise(["2.8"], source=source)
    assert done.local_path.read_bytes() == data


def test_missing_source_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pin.VersionPin, "local_path", property(lambda self: tmp_path / "out" / self.version / "x.yaml")
    )
    with pytest.raises(pin.PinError, match="not found"):
        pin.materialise(["2.9"], source=tmp_path)


def test_malformed_pin_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "pin.toml"
    bad.write_text("[upstream]\nrepository = 'x'\n", encoding="utf-8")
    with pytest.raises(pin.PinError, match="malformed pin file"):
        pin.load(bad)


def test_a_stale_description_without_network_says_which_file_which_hashes_and_how_to_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import urllib.error
    import urllib.request

    vpin = PINNED.get("2.7")
    stale = tmp_path / "out" / "2.7" / "x.yaml"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(vpin.local_path.read_bytes() + b"\n# edited by hand\n")
    monkeypatch.setattr(
        pin.VersionPin, "local_path", property(lambda self: tmp_path / "out" / self.version / "x.yaml")
    )
    monkeypatch.setattr(pin, "default_source", lambda: None)  # no local checkout

    def offline(url: str, timeout: float) -> None:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(pin.PinError) as info:
        pin.materialise(["2.7"])
    message = str(info.value)
    assert str(stale) in message and "not the pinned description" in message
    assert f"pinned   sha256 {vpin.sha256}" in message
    assert f"on disk  sha256 {pin.sha256_of(stale.read_bytes())}" in message
    assert "cannot download https://raw.githubusercontent.com/" in message
    assert "Temporary failure in name resolution" in message
    assert "INTERCOM_OPENAPI_SOURCE" in message and PINNED.commit in message and "update --source" in message
    assert stale.read_bytes().endswith(b"# edited by hand\n")  # left as it was

    from intercom_codegen.__main__ import main

    assert main(["fetch", "2.7"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Intercom-Version 2.7:") and "Traceback" not in err


def test_a_missing_description_without_network_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib.request

    monkeypatch.setattr(
        pin.VersionPin, "local_path", property(lambda self: tmp_path / "out" / self.version / "x.yaml")
    )
    monkeypatch.setattr(pin, "default_source", lambda: None)

    def offline(url: str, timeout: float) -> None:
        raise TimeoutError("timed out")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(pin.PinError, match=r"(?s)x\.yaml is missing.*on disk  sha256 \(no file\).*timed out"):
        pin.materialise(["2.8"])
