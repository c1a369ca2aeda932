"""Where the pipeline's inputs and outputs live.

In a checkout of this repository everything is relative to the repository root. In an installed
distribution (no checkout), the pin and the overlays ship inside this package (`_data/`, put there by
the wheel build), and materialised descriptions go to a per-user cache, so `spec.load_overlaid()` (used
by the sandbox's request validation and the changelog) works from the upstream raw URL or from
$INTERCOM_OPENAPI_SOURCE.
"""

from __future__ import annotations

import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _root() -> Path:
    if os.environ.get("INTERCOM_REPO"):
        return Path(os.environ["INTERCOM_REPO"])
    return _HERE.parents[1]


#: The repository root (src/intercom_codegen/paths.py -> ../..); INTERCOM_REPO overrides it.
ROOT = _root()
#: True in a checkout; False when running from an installed distribution.
IN_CHECKOUT = (ROOT / "openapi" / "pin.toml").is_file()
_DATA = _HERE / "_data"
_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "intercom-openapi-client"

OPENAPI_DIR = ROOT / "openapi" if IN_CHECKOUT else _CACHE / "openapi"
PIN_FILE = ROOT / "openapi" / "pin.toml" if IN_CHECKOUT else _DATA / "pin.toml"
OVERLAYS_DIR = ROOT / "overlays" if IN_CHECKOUT else _DATA / "overlays"
TEMPLATES_DIR = ROOT / "templates"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
GENERATED_DIR = ROOT / "generated"
MANIFEST_FILE = GENERATED_DIR / "MANIFEST.json"
BUILD_DIR = ROOT / "build" / "codegen"
DEFAULT_LOCAL_SOURCE = ROOT.parent / "shared" / "intercom-openapi"
