"""The specs the pipeline works on: upstream as pinned, and overlaid + normalised (what is generated).

`load_overlaid(version)` is the single definition of "the spec of a version" for everything downstream:
the generator, the example-parsing tests, the sandbox's request validation and the API changelog.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

from intercom_codegen import normalise, overlay, pin


def load_yaml(path: Path) -> dict[str, Any]:
    """Parse a description with libyaml (the pure-Python loaders take seconds per version)."""
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def load_upstream(version: str, pins: pin.Pin | None = None) -> dict[str, Any]:
    """The upstream description of `version` exactly as pinned (materialised first if needed).

    Parsing the YAML is most of the pipeline's own CPU time (4.3 s for the 11 versions, with libyaml),
    so the parsed document is kept beside it as JSON (0.15 s to load), named after the pinned sha256:
    a different pin can never read a stale cache.
    """
    pins = pins or pin.load()
    (vpin,) = pin.materialise([pins.get(version).version], pin=pins)
    cache = vpin.local_path.with_name(f"{vpin.sha256}.json")
    try:
        return json.loads(cache.read_bytes())
    except (OSError, ValueError):
        doc = load_yaml(vpin.local_path)
    tmp = cache.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(doc), encoding="utf-8")
    tmp.replace(cache)
    return doc


def overlaid(
    doc: dict[str, Any], vpin: pin.VersionPin, overlays: list[overlay.Overlay] | None = None
) -> tuple[dict[str, Any], normalise.Report]:
    """Apply the version's overlays, then the normaliser, to `doc` in place."""
    chosen = overlay.for_version(overlay.load_all() if overlays is None else overlays, vpin.version)
    overlay.apply(doc, chosen, vpin.version)
    return doc, normalise.normalise(doc, header=vpin.header)


def load_overlaid(version: str) -> dict[str, Any]:
    """The spec the generated package of `version` is built from: upstream + overlays + normaliser."""
    pins = pin.load()
    vpin = pins.get(version)
    doc, _ = overlaid(load_upstream(vpin.version, pins), vpin)
    return doc
