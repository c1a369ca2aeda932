"""The distribution: one wheel with every generated package, the facade, the sandbox and the pipeline."""

from __future__ import annotations

import email
import zipfile
from pathlib import Path

import pytest

from intercom_codegen import pin
from intercom_codegen.paths import ROOT


@pytest.fixture(scope="module")
def wheel(wheel_path: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(wheel_path)


def test_wheel_ships_every_generated_package_and_the_facade_typed(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    packages = [v.package for v in pin.load().versions.values()]
    for package in [*packages, "intercom_client", "intercom_sandbox", "intercom_codegen"]:
        assert f"{package}/__init__.py" in names, package
    for package in [*packages, "intercom_client"]:
        assert f"{package}/py.typed" in names, package
    assert "intercom_v2_14/api/contacts/list_contacts.py" in names
    assert not any(n.startswith(("generated/", "src/", "tests/", "openapi/")) for n in names)
    assert not any(n.endswith("api.intercom.io.yaml") for n in names), "no upstream description is shipped"
    # Nothing lands loose at the top of site-packages: only packages and the dist-info directory.
    assert sorted(n for n in names if "/" not in n) == []
    # The pin and the overlays ship with the pipeline, so an installed sandbox can build the overlaid spec.
    assert "intercom_codegen/_data/pin.toml" in names
    assert {Path(n).name for n in names if n.startswith("intercom_codegen/_data/overlays/")} == {
        p.name for p in (ROOT / "overlays").glob("*.yaml")
    }


def test_runtime_dependencies_are_httpx_attrs_and_dateutil_only(wheel: zipfile.ZipFile) -> None:
    metadata_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    metadata = email.message_from_bytes(wheel.read(metadata_name))
    runtime = sorted(
        req.split(">")[0].split("=")[0].split("<")[0].strip()
        for req in metadata.get_all("Requires-Dist") or []
        if "extra ==" not in req
    )
    assert runtime == ["attrs", "httpx", "python-dateutil"]


def test_console_script_is_declared(wheel: zipfile.ZipFile) -> None:
    entry_points = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    text = wheel.read(entry_points).decode()
    assert "intercom = intercom_client.cli:main" in text
    assert "intercom_sandbox = intercom_sandbox.pytest_plugin" in text
