"""Objects created or seeded through the spec-driven engine, per concrete collection path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Store"]


@dataclass
class Store:
    """One list per concrete collection path (``/contacts/123/notes`` is its own), reset with the workspace."""

    collections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    counter: int = 0

    def next_id(self) -> int:
        """A fresh number for a created object's id (ids count up, like the spec's examples)."""
        self.counter += 1
        return self.counter
