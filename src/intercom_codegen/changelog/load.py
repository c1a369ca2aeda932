"""One side of a changelog: the overlaid spec of a version, pinned or from another source.

The pinned description is read through `spec.load_upstream` (the pipeline's own loader and its parsed
cache) and overlaid with `spec.apply_overlays(..., strict=False)`, the pre-normaliser step of
`spec.load_overlaid`; other sources (a checkout, a file, a commit) go through the same two functions.
"""

from __future__ import annotations

import itertools
import re
import urllib.request
from pathlib import Path
from typing import Any

from intercom_codegen import overlay, pin, python_api, spec
from intercom_codegen.changelog.diff import diff
from intercom_codegen.changelog.model import Changelog, ChangelogError, SpecRef
from intercom_codegen.paths import GENERATED_DIR

# --- loading specs ----------------------------------------------------------------------------------

_CACHE: dict[tuple[str, str], dict[str, Any]] = {}
_NOTES: dict[tuple[str, str], list[str]] = {}


def parse_yaml(data: bytes) -> dict[str, Any]:
    """A description's bytes parsed (spec.parse_description), as a changelog error when they are not one."""
    try:
        return spec.parse_description(data)
    except spec.SpecError as exc:
        raise ChangelogError(str(exc)) from exc


def overlaid_from_bytes(data: bytes, version: str) -> tuple[dict[str, Any], list[str]]:
    """The overlaid (not normalised) spec of `version` from the bytes of its upstream description.

    The pinned bytes go through `spec.load_overlaid(version, normalised=False)`, the build's own path
    (with its parsed cache); other bytes through the same parse and overlay steps, overlays applied
    leniently (an action that selects nothing becomes a note). Cached by content hash: the returned
    document is shared, do not mutate it.
    """
    key = (version, pin.sha256_of(data))
    if key not in _CACHE:
        try:
            pinned = pin.load().get(version).sha256 == key[1]
        except pin.PinError:
            pinned = False
        if pinned:
            _CACHE[key], _NOTES[key] = spec.load_overlaid(version, normalised=False), []
        else:
            doc = parse_yaml(data)
            _NOTES[key] = spec.apply_overlays(doc, version, strict=False)
            _CACHE[key] = doc
    return _CACHE[key], _NOTES[key]


_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")


def read_description(
    version: str, source: str | Path | None = None, pins: pin.Pin | None = None
) -> tuple[bytes, str]:
    """The bytes of `version`'s upstream description and where they came from.

    `source`: None = as pinned (materialised from the pin's source); a directory = a checkout of the
    upstream repository (descriptions/<version>/api.intercom.io.yaml inside it); a file = that file;
    a commit (7-40 hex digits) = the upstream raw URL at that commit.
    """
    pins = pins or pin.load()
    try:
        vpin = pins.get(version)
        rel = vpin.path
    except pin.PinError:
        if source is None:
            raise
        vpin = None
        rel = f"descriptions/{version}/{pin.SPEC_FILENAME}"
    if source is None:
        assert vpin is not None
        (done,) = pin.materialise([vpin.version], pin=pins)
        return done.local_path.read_bytes(), display_path(done.local_path)
    text = str(source)
    if _COMMIT.match(text) and not Path(text).exists():
        url = pins.raw_url.format(commit=text, path=rel)
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                return response.read(), url
        except OSError as exc:
            raise ChangelogError(f"cannot fetch {url}: {exc}") from exc
    path = Path(source)
    if path.is_dir():
        path = path / rel
    if not path.is_file():
        raise ChangelogError(f"{path}: no such description (source {source})")
    return path.read_bytes(), display_path(path)


def display_path(path: Path) -> str:
    """A path relative to the repository when inside it (checked-in changelogs name no home directory)."""
    from intercom_codegen.paths import ROOT

    try:
        return str(path.resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)


def parse_spec_arg(arg: str) -> tuple[str, str | None]:
    """`2.14` -> ("2.14", None); `2.14@DIR|FILE|COMMIT` -> ("2.14", "DIR|FILE|COMMIT")."""
    version, sep, source = arg.partition("@")
    if not version or (sep and not source):
        raise ChangelogError(f"{arg!r}: expected VERSION or VERSION@SOURCE (a directory, a file or a commit)")
    if version == "Preview":
        version = "0"
    return version, source or None


def load(
    version: str, source: str | Path | None = None, pins: pin.Pin | None = None
) -> tuple[dict[str, Any], SpecRef, list[str]]:
    """One side of a changelog: the overlaid spec, what it is, and the overlay notes."""
    pins = pins or pin.load()
    if version in ("Preview",):
        version = "0"
    try:
        version = pins.get(version).version
    except pin.PinError:
        if source is None:
            raise
    data, origin = read_description(version, source, pins)
    doc, notes = overlaid_from_bytes(data, version)
    label = version if source is None else f"{version}@{source}"
    return doc, SpecRef(label, version, origin, pin.sha256_of(data)), notes


def compare(
    spec_a: str, spec_b: str, pins: pin.Pin | None = None, *, with_python_api: bool = True
) -> Changelog:
    """The changelog between two `VERSION[@SOURCE]` arguments (see parse_spec_arg).

    When both are pinned versions whose packages are generated, the generated Python API diff is
    attached (`Changelog.python_api`); a description from another source has no package to compare.
    """
    pins = pins or pin.load()
    (version_a, source_a), (version_b, source_b) = parse_spec_arg(spec_a), parse_spec_arg(spec_b)
    doc_a, ref_a, notes_a = load(version_a, source_a, pins=pins)
    doc_b, ref_b, notes_b = load(version_b, source_b, pins=pins)
    log = diff(doc_a, doc_b, ref_a, ref_b, notes=[*notes_a, *notes_b])
    if with_python_api and source_a is None and source_b is None:
        package_a = GENERATED_DIR / pins.get(ref_a.version).package
        package_b = GENERATED_DIR / pins.get(ref_b.version).package
        if package_a.is_dir() and package_b.is_dir():
            log.python_api = python_api.diff_packages(package_a, package_b)
        else:
            log.notes.append("no Python API diff: the packages are not generated in this checkout")
    return log


def consecutive_pairs(pins: pin.Pin | None = None) -> list[tuple[str, str]]:
    """Every consecutive pair of pinned versions in version order (2.7 -> 2.8 ... 2.16 -> 0)."""
    pins = pins or pin.load()
    ordered = sorted(pins.versions, key=overlay.version_key)
    return list(itertools.pairwise(ordered))


__all__ = [
    "compare",
    "consecutive_pairs",
    "display_path",
    "load",
    "overlaid_from_bytes",
    "parse_spec_arg",
    "parse_yaml",
    "read_description",
]
