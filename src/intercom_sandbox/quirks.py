"""Real-world deviations from the spec, switched on with ``--quirks``.

The seeded objects are stored spec-conformant; quirks are applied when an object is rendered, so one
data set serves both a strict run (does the client handle the spec?) and a quirky run (does it survive
the server?). The deviations are the ones listed in shared/notes/spec-quirks.md.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

#: Fields the spec marks required that the real server omits (Intercom-OpenAPI PR #274, issue #190).
OMITTED: dict[str, tuple[str, ...]] = {
    "company": ("last_request_at", "remote_created_at", "size", "website", "industry"),
    "article": ("default_locale", "translated_content"),
    "tag": ("applied_at", "applied_by"),
    "admin": ("job_title",),
}

#: Fields that arrive as null although the spec does not mark them nullable.
NULLED: dict[str, tuple[str, ...]] = {
    "conversation": ("topics", "custom_attributes"),
    "company": ("plan",),
    "contact": ("social_profiles",),
}

#: Integer id fields that the server sends as strings.
STRINGIFIED: dict[str, tuple[str, ...]] = {
    "conversation": ("admin_assignee_id", "team_assignee_id"),
    "contact": ("owner_id",),
    "article": ("author_id", "parent_id"),
}


def apply(obj: dict[str, Any], kind: str, quirks: Iterable[str]) -> dict[str, Any]:
    """A copy of ``obj`` (of schema ``kind``) with the enabled quirks applied; ``obj`` is untouched."""
    quirks = frozenset(quirks)
    if not quirks:
        return obj
    out = copy.deepcopy(obj)
    if "omit_required" in quirks:
        for name in OMITTED.get(kind, ()):
            out.pop(name, None)
        if kind == "conversation":
            for tag in out.get("tags", {}).get("tags", []):
                for name in OMITTED["tag"]:
                    tag.pop(name, None)
    if "nulls" in quirks:
        for name in NULLED.get(kind, ()):
            if name in out:
                out[name] = None
    if "string_ids" in quirks:
        for name in STRINGIFIED.get(kind, ()):
            if isinstance(out.get(name), int):
                out[name] = str(out[name])
    return out
