"""Where the pipeline's inputs and outputs live in a checkout of this repository."""

from __future__ import annotations

import os
from pathlib import Path

#: The repository root: src/intercom_codegen/paths.py -> ../../..; INTERCOM_REPO overrides it.
ROOT = Path(os.environ.get("INTERCOM_REPO") or Path(__file__).resolve().parents[2])
OPENAPI_DIR = ROOT / "openapi"
PIN_FILE = OPENAPI_DIR / "pin.toml"
OVERLAYS_DIR = ROOT / "overlays"
TEMPLATES_DIR = ROOT / "templates"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
GENERATED_DIR = ROOT / "generated"
MANIFEST_FILE = GENERATED_DIR / "MANIFEST.json"
BUILD_DIR = ROOT / "build" / "codegen"
DEFAULT_LOCAL_SOURCE = ROOT.parent / "shared" / "intercom-openapi"
