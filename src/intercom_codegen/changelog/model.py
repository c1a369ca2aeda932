"""What a changelog is: its entries (`Change`), the two sides (`SpecRef`), and its JSON shape."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from intercom_codegen.changelog.rules import BASIS, RULES
from intercom_codegen.python_api import ApiDiff


class ChangelogError(Exception):
    """A spec to compare cannot be found, read or parsed."""


# --- the result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One entry of the changelog.

    `scope` is "operation" or "component"; `target` the operation ("POST /contacts") or component
    name it belongs to; `location` a readable place ("POST /contacts request .custom_attributes").
    """

    kind: str
    breaking: bool
    scope: str
    target: str
    location: str
    message: str
    old: Any = None
    new: Any = None

    @property
    def sort_key(self) -> tuple[int, str, str, str, str]:
        return (
            0 if self.scope == "operation" else 1,
            _target_key(self.target),
            self.location,
            self.kind,
            self.message,
        )


def _target_key(target: str) -> str:
    # "POST /contacts/{id}" sorts by path, then method.
    method, _, path = target.partition(" ")
    return f"{path} {method}" if path.startswith("/") else target


@dataclass(frozen=True)
class SpecRef:
    """Which description one side of a changelog is: a version and where its bytes came from."""

    label: str
    version: str
    origin: str
    sha256: str


@dataclass
class Changelog:
    """The changes from `old` to `new`, sorted; `notes` say what the comparison could not do."""

    old: SpecRef
    new: SpecRef
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    #: The generated Python API diff of the two packages, when both are generated (see python_api).
    python_api: ApiDiff | None = None

    def summary(self) -> dict[str, Any]:
        kinds = Counter(c.kind for c in self.changes)
        return {
            "total": len(self.changes),
            "breaking": sum(c.breaking for c in self.changes),
            "added": sum(n for k, n in kinds.items() if k.endswith("added")),
            "removed": sum(n for k, n in kinds.items() if k.endswith("removed")),
            "changed": sum(n for k, n in kinds.items() if not k.endswith(("added", "removed"))),
            "operations_added": kinds["operation.added"],
            "operations_removed": kinds["operation.removed"],
            "by_kind": dict(sorted(kinds.items())),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "intercom-api-changelog/1",
            "basis": BASIS,
            "old": asdict(self.old),
            "new": asdict(self.new),
            "summary": self.summary(),
            "notes": list(self.notes),
            "changes": [asdict(c) for c in self.changes],
            "python_api": None if self.python_api is None else self.python_api.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"

    def to_markdown(self, title: str | None = None) -> str:
        from intercom_codegen.changelog.render import render_markdown

        return render_markdown(self, title)


#: The shape of `Changelog.to_json()` (JSON Schema 2020-12), also printed in docs/changelog/README.md.
JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "intercom-api-changelog/1",
    "type": "object",
    "required": ["format", "basis", "old", "new", "summary", "notes", "changes"],
    "$defs": {
        "spec": {
            "type": "object",
            "required": ["label", "version", "origin", "sha256"],
            "properties": {
                "label": {"type": "string", "description": "what was asked for: 2.15, 2.14@DIR, ..."},
                "version": {"type": "string", "description": "the Intercom-Version (0 = Preview)"},
                "origin": {"type": "string", "description": "file or URL the bytes came from"},
                "sha256": {"type": "string"},
            },
        }
    },
    "properties": {
        "format": {"const": "intercom-api-changelog/1"},
        "basis": {"type": "string"},
        "old": {"$ref": "#/$defs/spec"},
        "new": {"$ref": "#/$defs/spec"},
        "summary": {
            "type": "object",
            "required": ["total", "breaking", "added", "removed", "changed", "by_kind"],
            "properties": {
                "total": {"type": "integer"},
                "breaking": {"type": "integer"},
                "added": {
                    "type": "integer",
                    "description": "entries whose kind ends in .added / value_added",
                },
                "removed": {"type": "integer"},
                "changed": {"type": "integer"},
                "operations_added": {"type": "integer"},
                "operations_removed": {"type": "integer"},
                "by_kind": {"type": "object", "additionalProperties": {"type": "integer"}},
            },
        },
        "notes": {"type": "array", "items": {"type": "string"}},
        "python_api": {
            "description": "the generated packages' public names compared (intercom-python-api-diff/1), or null "
            "when a side has no generated package (a description that is not pinned yet)",
            "type": ["object", "null"],
            "required": ["format", "old", "new", "summary", "changes"],
            "properties": {
                "format": {"const": "intercom-python-api-diff/1"},
                "changes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "breaking", "name", "message", "old", "new"],
                    },
                },
            },
        },
        "changes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "breaking", "scope", "target", "location", "message"],
                "properties": {
                    "kind": {"enum": sorted(RULES)},
                    "breaking": {"type": "boolean"},
                    "scope": {"enum": ["operation", "component"]},
                    "target": {"type": "string", "description": "'METHOD /path' or a component name"},
                    "location": {"type": "string"},
                    "message": {"type": "string"},
                    "old": {"description": "the value before (a type, a name, an enum value...), or null"},
                    "new": {"description": "the value after, or null"},
                },
            },
        },
    },
}


__all__ = ["JSON_SCHEMA", "Change", "Changelog", "ChangelogError", "SpecRef"]
