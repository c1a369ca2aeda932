"""Shared fixtures for the generation pipeline's tests."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from intercom_codegen import pin, spec
from intercom_codegen.paths import GENERATED_DIR

PINS = pin.load()
VERSIONS = list(PINS.versions)

# The generated packages are importable from an installed distribution or, in a checkout, from generated/.
if str(GENERATED_DIR) not in sys.path:
    sys.path.append(str(GENERATED_DIR))

_SPECS: dict[str, dict[str, Any]] = {}


def overlaid_spec(version: str) -> dict[str, Any]:
    """The overlaid + normalised spec of a version, loaded once per test session."""
    if version not in _SPECS:
        _SPECS[version] = spec.load_overlaid(version)
    return _SPECS[version]


@pytest.fixture(params=VERSIONS, ids=lambda v: f"v{v}")
def version(request: pytest.FixtureRequest) -> pin.VersionPin:
    return PINS.get(request.param)
