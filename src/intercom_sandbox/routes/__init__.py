"""Hand-written operations, one module per API tag; importing this package registers them all."""

from __future__ import annotations

from . import ai_content

__all__ = ["ai_content"]
