"""API changelog: what changed between two Intercom OpenAPI descriptions, in words, for a reviewer.

Both sides are the *overlaid* spec: the upstream description plus overlays/, **before** the
normaliser. That is what the API says: the normaliser's lenient rules (no response property is
required and every one may be null; Intercom-Version is a plain string) would hide exactly the
required/nullable changes a reviewer wants to see. Where the generated (lenient) client is not
affected by a change, the breaking rules say so.

The package, in the order a changelog is made:

* `rules`: the change kinds and which of them break code using the generated package;
* `model`: `Change`, `SpecRef`, `Changelog` and the JSON shape (`JSON_SCHEMA`);
* `load`: one side of a comparison (a pinned version, a checkout, a file, a commit);
* `diff`: the comparison itself;
* `render`: Markdown and the per-pair table;
* `command`: `python -m intercom_codegen diff`, which also prints the generated Python API diff
  (`intercom_codegen.python_api`).

Output ordering is deterministic: operations by path then method, components by name, entries by
location then kind.
"""

from __future__ import annotations

from intercom_codegen.changelog.command import register, run_diff, write_pair
from intercom_codegen.changelog.diff import diff
from intercom_codegen.changelog.load import (
    compare,
    consecutive_pairs,
    load,
    overlaid_from_bytes,
    parse_spec_arg,
    parse_yaml,
    read_description,
)
from intercom_codegen.changelog.model import JSON_SCHEMA, Change, Changelog, ChangelogError, SpecRef
from intercom_codegen.changelog.render import render_markdown, summary_table
from intercom_codegen.changelog.rules import BASIS, KIND_LABELS, RULES, is_breaking

__all__ = [
    "BASIS",
    "JSON_SCHEMA",
    "KIND_LABELS",
    "RULES",
    "Change",
    "Changelog",
    "ChangelogError",
    "SpecRef",
    "compare",
    "consecutive_pairs",
    "diff",
    "is_breaking",
    "load",
    "overlaid_from_bytes",
    "parse_spec_arg",
    "parse_yaml",
    "read_description",
    "register",
    "render_markdown",
    "run_diff",
    "summary_table",
    "write_pair",
]
