"""The wheel, built once per session from this checkout (hatchling, exactly as ``pip wheel`` would)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hatchling.build import build_wheel

from intercom_codegen.paths import ROOT


@pytest.fixture(scope="session")
def wheel_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        name = build_wheel(str(out))
    finally:
        os.chdir(cwd)
    return out / name
