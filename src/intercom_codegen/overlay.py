"""OpenAPI Overlay 1.0 documents: load them, choose the ones for a version, apply them.

An overlay is data: a list of actions, each a JSONPath (RFC 9535) `target`, a `description` of what is
wrong upstream and why we believe it, and either `update` (merged into every selected node: objects
merge recursively, arrays append, anything else is replaced) or `remove: true`.

Two rules of our own, both checked here so a stale fix cannot hide:

* `x-intercom-versions` (document level) names the versions an overlay applies to: exact versions
  ("2.11"), closed ranges ("2.7-2.10") or open ones ("2.14+"). Preview ("0") sorts after every
  numbered version, so "2.14+" includes it, and a future 2.17 is covered without editing the overlay.
* Every action must select at least one node in every version it applies to. An action that selects
  nothing usually means upstream fixed the quirk: the build fails and says so.

Every action also carries `x-evidence`, a list of what supports it, in one of three forms, so that a
test (tests/codegen/test_overlay.py, `check_evidence`) can hold each claim to its source:

* `{seed: "002", quote: "..."}`: the seed page `../shared/seeds/002_*.txt` contains the quote
  (whitespace-insensitive);
* `{spec: "2.11", target: <JSONPath>, subset: {...}}` or `{spec, target, contains: "..."}`: in the upstream
  description of that version (as pinned, before overlays), every node the target selects contains the
  `subset` (objects key by key, recursively) or, as JSON text, the `contains` string, or lacks the key
  `lacks`: "as version X declares it" (or "upstream has no ...") made checkable;
* `{url: "https://...", quote: "..."}`: a public source that cannot be read offline (an Intercom-OpenAPI
  pull request, an SDK's definition); recorded, not checked.

JSONPath evaluation is jsonpath-rfc9535's (the Overlay 1.0 specification names RFC 9535);
oas-patch 0.6.0 was not used because it crashes on targets that end in an array element.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml

from intercom_codegen.paths import OVERLAYS_DIR

VERSIONS_KEY = "x-intercom-versions"


class OverlayError(Exception):
    """An overlay document is malformed, or one of its actions no longer applies."""


@dataclass(frozen=True)
class Action:
    target: str
    description: str
    update: Any = None
    remove: bool = False
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Overlay:
    """One overlay document, as loaded from `overlays/*.yaml`."""

    name: str
    title: str
    versions: tuple[str, ...]
    actions: tuple[Action, ...]
    source: bytes = field(repr=False, default=b"")

    def applies_to(self, version: str) -> bool:
        return any(version_matches(spec, version) for spec in self.versions)


def version_key(version: str) -> tuple[int, ...]:
    """Sort key: numbered versions by number, Preview ("0") after all of them."""
    if version in ("0", "Preview"):
        return (10**6,)
    return tuple(int(part) for part in version.split("."))


def version_matches(spec: str, version: str) -> bool:
    """Does a version specifier ("2.11", "2.7-2.10", "2.14+") include `version`?"""
    spec = spec.strip()
    key = version_key(version)
    if spec.endswith("+"):
        return key >= version_key(spec[:-1])
    if "-" in spec:
        low, high = spec.split("-", 1)
        return version_key(low) <= key <= version_key(high)
    return key == version_key(spec)


def parse(text: bytes, name: str) -> Overlay:
    """Parse and validate one overlay document."""
    doc = yaml.load(text, Loader=yaml.CSafeLoader)
    if not isinstance(doc, dict) or not str(doc.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{name}: not an Overlay 1.x document (missing `overlay: 1.0.0`)")
    versions = doc.get(VERSIONS_KEY)
    if isinstance(versions, str):
        versions = [versions]
    if not versions:
        raise OverlayError(f"{name}: `{VERSIONS_KEY}` must name the versions this overlay applies to")
    actions = []
    for index, raw in enumerate(doc.get("actions") or []):
        where = f"{name}: action {index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
            raise OverlayError(f"{where}: an action needs a string `target`")
        description = raw.get("description")
        if not isinstance(description, str) or not description.strip():
            raise OverlayError(f"{where}: every action needs a `description` citing its evidence")
        remove = raw.get("remove", False) is True
        if not remove and "update" not in raw:
            raise OverlayError(f"{where}: an action needs `update` or `remove: true`")
        try:
            jsonpath_rfc9535.compile(raw["target"])
        except jsonpath_rfc9535.JSONPathError as exc:
            raise OverlayError(f"{where}: invalid JSONPath {raw['target']!r}: {exc}") from exc
        # Missing evidence does not stop a build (tests/codegen/test_overlay.py requires it for every
        # committed overlay); malformed evidence does, so a typo cannot pass for a checked claim.
        evidence = raw.get("x-evidence", [])
        if not isinstance(evidence, list):
            raise OverlayError(f"{where}: `x-evidence` must be a list of seed, spec or url entries")
        for entry in evidence:
            if not isinstance(entry, dict) or not (
                ({"seed", "quote"} <= entry.keys())
                or ({"spec", "target"} <= entry.keys() and ({"subset", "contains", "lacks"} & entry.keys()))
                or ({"url", "quote"} <= entry.keys() and str(entry["url"]).startswith("https://"))
            ):
                raise OverlayError(
                    f"{where}: evidence {entry!r} is none of {{seed, quote}}, {{spec, target, subset|contains|lacks}}, "
                    "{url: https://..., quote}"
                )
        actions.append(
            Action(raw["target"], description.strip(), raw.get("update"), remove, tuple(map(dict, evidence)))
        )
    title = str((doc.get("info") or {}).get("title", name))
    return Overlay(name, title, tuple(str(v) for v in versions), tuple(actions), text)


def _contains(node: Any, subset: Any) -> bool:
    if isinstance(subset, dict):
        return isinstance(node, dict) and all(k in node and _contains(node[k], v) for k, v in subset.items())
    return bool(node == subset)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def missing_evidence(overlays: Iterable[Overlay]) -> list[str]:
    """Actions that cite no `x-evidence` at all ("name action N (target)")."""
    return [
        f"{each.name} action {index} ({action.target})"
        for each in overlays
        for index, action in enumerate(each.actions)
        if not action.evidence
    ]


def check_evidence(chosen: Overlay, seeds_dir: Path, upstream: Callable[[str], dict[str, Any]]) -> list[str]:
    """What of `chosen`'s evidence does not hold: a quote missing from its seed page, a spec node that
    does not declare what the overlay says it does. `upstream(version)` gives a pinned description."""
    problems = []
    for index, action in enumerate(chosen.actions):
        where = f"{chosen.name} action {index}"
        for entry in action.evidence:
            if "seed" in entry:
                pages = sorted(seeds_dir.glob(f"{entry['seed']}_*.txt"))
                if not pages:
                    problems.append(f"{where}: no seed page {entry['seed']}_*.txt in {seeds_dir}")
                elif _squash(entry["quote"]) not in _squash(pages[0].read_text(encoding="utf-8")):
                    problems.append(f"{where}: seeds/{pages[0].name} does not contain {entry['quote']!r}")
            elif "spec" in entry:
                nodes = [
                    n.value for n in jsonpath_rfc9535.find(entry["target"], upstream(str(entry["spec"])))
                ]
                if not nodes:
                    problems.append(f"{where}: {entry['target']} selects nothing in {entry['spec']}")
                for node in nodes:
                    if "subset" in entry and not _contains(node, entry["subset"]):
                        problems.append(
                            f"{where}: {entry['spec']} {entry['target']} is {node!r}, not {entry['subset']!r}"
                        )
                    if "lacks" in entry and (not isinstance(node, dict) or entry["lacks"] in node):
                        problems.append(f"{where}: {entry['spec']} {entry['target']} has {entry['lacks']!r}")
                    if "contains" in entry and _squash(entry["contains"]) not in _squash(
                        json.dumps(node, ensure_ascii=False) if not isinstance(node, str) else node
                    ):
                        problems.append(
                            f"{where}: {entry['spec']} {entry['target']} does not contain {entry['contains']!r}"
                        )
    return problems


def load_all(directory: Path = OVERLAYS_DIR) -> list[Overlay]:
    """Every overlay in `directory`, in file-name order (the order they are applied in)."""
    return [parse(path.read_bytes(), path.name) for path in sorted(directory.glob("*.yaml"))]


def for_version(overlays: Iterable[Overlay], version: str) -> list[Overlay]:
    return [overlay for overlay in overlays if overlay.applies_to(version)]


def merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 `update`: objects merge recursively, arrays append, other values are replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        return target
    return copy.deepcopy(update)


def _replace_at(doc: Any, location: tuple[Any, ...], value: Any) -> None:
    parent = doc
    for key in location[:-1]:
        parent = parent[key]
    parent[location[-1]] = value


def apply_action(doc: Any, action: Action, where: str) -> int:
    """Apply one action in place; returns how many nodes it selected."""
    nodes = list(jsonpath_rfc9535.find(action.target, doc))
    if action.remove:
        # Remove deepest first, and list indices from the end, so earlier locations stay valid.
        for node in sorted(nodes, key=lambda n: (len(n.location), n.location), reverse=True):
            if not node.location:
                raise OverlayError(f"{where}: cannot remove the document root")
            parent = doc
            for key in node.location[:-1]:
                parent = parent[key]
            del parent[node.location[-1]]
        return len(nodes)
    for node in nodes:
        merged = merge(node.value, action.update)
        if merged is not node.value:
            if not node.location:
                raise OverlayError(f"{where}: cannot replace the document root with a non-object")
            _replace_at(doc, node.location, merged)
    return len(nodes)


def apply(doc: dict[str, Any], overlays: Iterable[Overlay], version: str) -> dict[str, Any]:
    """Apply `overlays` (already chosen for `version`) to `doc` in place and return it.

    Raises OverlayError when an action selects nothing: the quirk it fixes is gone or moved.
    """
    for overlay in overlays:
        for index, action in enumerate(overlay.actions):
            where = f"overlays/{overlay.name} action {index} ({action.target})"
            if apply_action(doc, action, where) == 0:
                raise OverlayError(
                    f"{where} selects nothing in Intercom-Version {version}. Upstream may have fixed "
                    f"this quirk: narrow `{VERSIONS_KEY}` or delete the action.\n  {action.description}"
                )
    return doc
