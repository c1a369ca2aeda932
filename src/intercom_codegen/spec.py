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


class SpecError(Exception):
    """Bytes that are not an OpenAPI description."""


def load_yaml(path: Path) -> dict[str, Any]:
    """Parse a description with libyaml (the pure-Python loaders take seconds per version)."""
    return parse_description(path.read_bytes())


def parse_description(data: bytes) -> dict[str, Any]:
    """Parse the bytes of a description (YAML or JSON) with libyaml; refuse anything without `paths`."""
    try:
        doc = yaml.load(data, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(f"not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError("not an OpenAPI description (no `paths`)")
    return doc


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


def apply_overlays(doc: dict[str, Any], version: str, *, strict: bool = True) -> list[str]:
    """Apply the version's overlays to `doc` in place (the step before the normaliser).

    `strict=False` (a changelog of a description that is not pinned yet) turns an action that selects
    nothing into a returned note instead of an error: the reviewer should read the changelog, and the
    note says which quirk upstream seems to have fixed. The build always applies them strictly.
    """
    chosen = overlay.for_version(overlay.load_all(), version)
    if strict:
        overlay.apply(doc, chosen, version)
        return []
    notes = []
    for each in chosen:
        for index, action in enumerate(each.actions):
            where = f"overlays/{each.name} action {index}"
            if overlay.apply_action(doc, action, where) == 0:
                notes.append(
                    f"{where} ({action.target}) selects nothing in {version}: upstream may have fixed this quirk"
                )
    return notes


def load_overlaid(version: str, *, normalised: bool = True) -> dict[str, Any]:
    """The spec of `version`: upstream + overlays + normaliser (what the generated package is built from).

    `normalised=False` stops before the normaliser: what the API says, with its required and nullable
    flags intact (the API changelog compares those).
    """
    pins = pin.load()
    vpin = pins.get(version)
    doc = load_upstream(vpin.version, pins)
    if not normalised:
        apply_overlays(doc, vpin.version)
        return doc
    doc, _ = overlaid(doc, vpin)
    return doc
