"""The changelog as Markdown (a pull-request description) and the per-pair counts table."""

from __future__ import annotations

from collections import defaultdict

from intercom_codegen.changelog.model import Change, Changelog, SpecRef
from intercom_codegen.changelog.rules import BASIS

# --- Markdown ---------------------------------------------------------------------------------------

#: Sections of a group with more entries than this are folded (<details>) in the Markdown.
FOLD_AFTER = 12


def _spec_line(ref: SpecRef) -> str:
    return f"`{ref.label}` (sha256 `{ref.sha256[:12]}`)"


def version_name(ref: SpecRef) -> str:
    return "Preview" if ref.version == "0" else ref.version


def render_markdown(log: Changelog, title: str | None = None) -> str:
    s = log.summary()
    if title is None:
        if log.old.version == log.new.version:
            title = (
                f"API changelog: Intercom-Version {version_name(log.new)}, {log.old.label} → {log.new.label}"
            )
        else:
            title = f"API changelog: Intercom-Version {version_name(log.old)} → {version_name(log.new)}"
    out = [f"# {title}", ""]
    out.append(
        f"From {_spec_line(log.old)} to {_spec_line(log.new)}. Computed from the **{BASIS}** specs, "
        "so *required* and *nullable* changes are what the API says, not what the lenient generated "
        "types say. **breaking** = breaks a caller of the generated client "
        "(rules: docs/changelog/README.md)."
    )
    out.append("")
    out.append(
        f"**{s['total']} changes, {s['breaking']} breaking**: {s['operations_added']} operations added, "
        f"{s['operations_removed']} removed; {s['added']} additions, {s['removed']} removals, "
        f"{s['changed']} other changes in all."
    )
    out.append("")
    if log.notes:
        out.append("Notes:")
        out.extend(f"- {note}" for note in log.notes)
        out.append("")
    if not log.changes:
        out.append("No API changes.")
        out.append("")
        return _with_python_api(log, out)

    breaking = [c for c in log.changes if c.breaking]
    renames = [c for c in breaking if c.kind == "path_parameter.renamed"]
    breaking = [c for c in breaking if c.kind != "path_parameter.renamed"]
    out.append(f"## Breaking changes ({len(breaking) + len(renames)})")
    out.append("")
    if not breaking and not renames:
        out.append("None.")
        out.append("")
    for scope, heading in (("operation", "Operations"), ("component", "Components")):
        _groups(out, [c for c in breaking if c.scope == scope], heading, level=3)
    if renames:
        out.append(
            f"<details><summary>{len(renames)} path parameters renamed (breaks callers that pass them by "
            "keyword)</summary>"
        )
        out.append("")
        out.extend(f"- `{c.target}`: `{{{c.old}}}` → `{{{c.new}}}`" for c in renames)
        out.append("")
        out.append("</details>")
        out.append("")

    ops_added = [c for c in log.changes if c.kind == "operation.added"]
    if ops_added:
        out.append(f"## Operations added ({len(ops_added)})")
        out.append("")
        out.extend(f"- {c.message}" for c in ops_added)
        out.append("")
    components_added = [c for c in log.changes if c.kind == "component.added"]
    if components_added:
        out.append(f"## Components added ({len(components_added)})")
        out.append("")
        out.append(", ".join(f"`{c.target}`" for c in components_added))
        out.append("")
    other = [
        c for c in log.changes if not c.breaking and c.kind not in ("operation.added", "component.added")
    ]
    if other:
        out.append(f"## Other changes ({len(other)})")
        out.append("")
        for scope, heading in (("operation", "Operations"), ("component", "Components")):
            _groups(out, [c for c in other if c.scope == scope], heading, level=3)
    return _with_python_api(log, out)


def _with_python_api(log: Changelog, out: list[str]) -> str:
    if log.python_api is not None:
        out.append(log.python_api.to_markdown(level=2))
    return "\n".join(out).rstrip() + "\n"


def _groups(out: list[str], changes: list[Change], heading: str, level: int) -> None:
    """Changes grouped by operation or component, folded when a group is long."""
    if not changes:
        return
    groups: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        groups[c.target].append(c)
    out.append(f"{'#' * level} {heading} ({len(changes)} in {len(groups)})")
    out.append("")
    for target, entries in groups.items():
        lines = _bullets(entries)
        if len(entries) > FOLD_AFTER:
            out.append(f"<details><summary><code>{target}</code>: {len(entries)} changes</summary>")
            out.append("")
            out.extend(lines)
            out.append("")
            out.append("</details>")
            out.append("")
        elif len(entries) == 1:
            out.append(f"- `{target}`: {_bullet_text(entries[0])}")
        else:
            out.append(f"- `{target}`:")
            out.extend(f"  {line}" for line in lines)
    out.append("")


def _bullet_text(c: Change) -> str:
    return _short(c)


def _short(c: Change) -> str:
    """The message without the target, which the group heading already shows."""
    text = c.message
    for prefix in (f"{c.target}: ", f"{c.target} "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return text


def _bullets(changes: list[Change]) -> list[str]:
    return [f"- {_bullet_text(c)}" for c in changes]


# --- all pairs --------------------------------------------------------------------------------------


def summary_table(logs: list[Changelog]) -> str:
    """The per-pair counts as a Markdown table (docs/changelog/README.md); the Python API columns
    appear when at least one pair has its generated packages compared."""
    header = ["pair", "ops added", "ops removed", "added", "removed", "changed", "breaking", "total"]
    with_api = any(log.python_api is not None for log in logs)
    if with_api:
        header += ["Python API changes", "Python API breaking"]
    rows = []
    for log in logs:
        s = log.summary()
        row = [
            f"{version_name(log.old)} → {version_name(log.new)}",
            str(s["operations_added"]),
            str(s["operations_removed"]),
            str(s["added"]),
            str(s["removed"]),
            str(s["changed"]),
            str(s["breaking"]),
            str(s["total"]),
        ]
        if with_api:
            api = log.python_api.summary() if log.python_api is not None else None
            row += [str(api["total"]), str(api["breaking"])] if api else ["-", "-"]
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


__all__ = ["render_markdown", "summary_table", "version_name"]
