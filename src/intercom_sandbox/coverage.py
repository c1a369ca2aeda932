"""How the sandbox serves each documented operation of a version: hand-written, spec engine, or 501.

``python -m intercom_sandbox.coverage`` prints the per-version table docs/sandbox.md shows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import registry, versions
from . import routes as _routes  # noqa: F401 - importing it registers the hand-written operations
from .examples import success
from .validation import SpecValidator

__all__ = ["how_served", "table"]

METHODS = ("get", "post", "put", "delete", "patch")
#: Media types the engine can answer without data it does not have.
SERVABLE = ("application/json", "text/plain")


def how_served(version: str) -> dict[str, str]:
    """``"METHOD /path"`` -> ``hand-written``, ``spec engine, stateful`` (a collection/item pair),
    ``spec engine, from examples`` or ``501``, for every documented operation."""
    doc = SpecValidator().document(versions.spec_version(version))
    out: dict[str, str] = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            label = f"{method.upper()} {path}"
            if registry.endpoint_for(method, path) is not None:
                out[label] = "hand-written"
                continue
            _, content = success(doc, item[method])
            servable = content is None or any(kind in content for kind in SERVABLE)
            if not servable:
                out[label] = "501"
            elif _collection_pair(doc, path):
                out[label] = "spec engine, stateful"
            else:
                out[label] = "spec engine, from examples"
    return out


def _collection_pair(doc: dict[str, Any], path: str) -> bool:
    """Whether ``path`` is the collection or the item of a collection/item pair (the engine keeps state)."""
    segments = path.rstrip("/").split("/")
    if segments[-1].startswith("{"):
        return "/".join(segments[:-1]) in doc["paths"]
    return any(
        other.startswith(path + "/{") and other.count("/") == path.count("/") + 1 for other in doc["paths"]
    )


def table(names: tuple[str, ...] = (*versions.DESCRIBED, "Preview")) -> str:
    """A Markdown table of the counts per version."""
    lines = [
        "| version | operations | hand-written | spec engine, stateful | spec engine, from examples | 501 |",
        "|---|---|---|---|---|---|",
    ]
    for name in names:
        counts = Counter(how_served(name).values())
        total = sum(counts.values())
        lines.append(
            f"| {name} | {total} | {counts['hand-written']} | {counts['spec engine, stateful']} "
            f"| {counts['spec engine, from examples']} | {counts['501']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
