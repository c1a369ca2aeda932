"""`python -m intercom_codegen update`: move the pin to a new upstream commit, in one command.

    update --source ../Intercom-OpenAPI            the commit is read from the checkout (git or SOURCE.txt)
    update --commit <sha> --source DIR             ... and checked against the one given
    update --commit <sha>                          from the upstream raw URL at that commit

For every version in openapi/pin.toml: read its description at the new commit, compute its sha256,
rewrite the pin file (only the `commit`/`committed` lines and the sha256 of each version line; comments,
order and other keys stay), materialise the new files, regenerate what changed (incremental: unchanged
versions are skipped by build's digest) and write the API changelog of every changed version, old pin ->
new pin, to docs/changelog/pin-<old7>-to-<new7>.md and .json.

Adding a version is the same command after adding one line to the pin, `"2.17" = {}`: its sha256 is
filled in and its changelog is against the previous numbered version at the new commit.

Every version is read at the new commit (there is no `--versions`): the pin has one commit for all of
them, so a partial update would pin bytes the commit does not have.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from intercom_codegen import changelog, overlay, pin, python_api
from intercom_codegen.paths import GENERATED_DIR, OPENAPI_DIR, PIN_FILE, ROOT

CHANGELOG_DIR = ROOT / "docs" / "changelog"


class UpdateError(Exception):
    """The update cannot be done as asked (bad commit, source not at that commit, unreadable file)."""


@dataclass
class UpdateResult:
    """What an update did: per version, old and new sha256, and the files it wrote."""

    old_commit: str
    new_commit: str
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    changelogs: list[changelog.Changelog] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    regenerated: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# --- the commit a source is at ----------------------------------------------------------------------


def source_commit(source: Path) -> tuple[str | None, str | None]:
    """(commit, committed ISO date) of a checkout: from git, or from a SOURCE.txt (`commit: ...`)."""
    if (source / ".git").exists():
        try:
            out = subprocess.run(
                ["git", "-C", str(source), "log", "-1", "--format=%H %cI"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            return out[0], out[1]
        except (OSError, subprocess.CalledProcessError, IndexError):
            pass
    info = source / "SOURCE.txt"
    if info.is_file():
        fields = dict(
            (key.strip(), value.strip())
            for key, _, value in (
                line.partition(":") for line in info.read_text(encoding="utf-8").splitlines()
            )
            if value
        )
        return fields.get("commit"), fields.get("committed")
    return None, None


def resolve_commit(commit: str | None, source: Path | None) -> tuple[str, str | None]:
    """The commit to pin and its date (if known); refuses a source that is at another commit."""
    if commit is not None and not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise UpdateError(f"--commit {commit!r}: expected a full 40-hex-digit commit id")
    if source is None:
        if commit is None:
            raise UpdateError("give --commit (reading from the upstream URL) or --source (a checkout)")
        return commit, None
    if not source.is_dir():
        raise UpdateError(f"--source {source}: not a directory")
    found, committed = source_commit(source)
    if commit is None:
        if found is None:
            raise UpdateError(
                f"{source}: cannot tell which commit it is (no .git, no SOURCE.txt): give --commit"
            )
        return found, committed
    if found is not None and found != commit:
        raise UpdateError(f"{source} is at commit {found}, not {commit}")
    return commit, committed if found == commit else None


# --- the pin file -----------------------------------------------------------------------------------

_VERSION_LINE = re.compile(
    r'^(?P<key>"[^"]+"|[A-Za-z0-9_.-]+)(?P<eq>\s*=\s*)\{(?P<body>.*)\}(?P<rest>\s*(#.*)?)$'
)
_SHA = re.compile(r'sha256\s*=\s*"[^"]*"')


def rewrite_pin(text: str, commit: str, shas: dict[str, str], committed: str | None) -> str:
    """The pin file's text with the new commit and sha256s; everything else kept as it was."""
    out, section, same_commit = [], "", False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        ending = line[len(line.rstrip("\r\n")) :]
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.strip("[]").strip()
        elif section == "upstream" and re.match(r"^commit\s*=", stripped):
            same_commit = f'"{commit}"' in line
            line = re.sub(r'"[^"]*"', f'"{commit}"', line, count=1)
        elif section == "upstream" and re.match(r"^committed\s*=", stripped):
            if committed is not None or not same_commit:  # an unknown date of the same commit: keep it
                line = re.sub(r'"[^"]*"', f'"{committed or "unknown"}"', line, count=1)
        elif section == "versions" and (match := _VERSION_LINE.match(line.rstrip("\r\n"))):
            version = match["key"].strip('"')
            if version in shas:
                body = match["body"]
                if _SHA.search(body):
                    body = _SHA.sub(f'sha256 = "{shas[version]}"', body, count=1)
                elif body.strip():
                    body = f' sha256 = "{shas[version]}",{body.rstrip()} '
                    body = body.replace(",  ", ", ")
                else:
                    body = f' sha256 = "{shas[version]}" '
                line = f"{match['key']}{match['eq']}{{{body}}}{match['rest']}{ending}"
        out.append(line)
    return "".join(out)


# --- reading descriptions ---------------------------------------------------------------------------


def read_at(pins: pin.Pin, vpin: pin.VersionPin, commit: str, source: Path | None) -> tuple[bytes, str]:
    """The bytes of one description at `commit`, from `source` (at that commit) or the raw URL."""
    if source is not None:
        file = source / vpin.path
        if not file.is_file():
            raise UpdateError(f"{file}: not found in the source checkout")
        return file.read_bytes(), str(file)
    url = pins.raw_url.format(commit=commit, path=vpin.path)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read(), url
    except OSError as exc:
        raise UpdateError(f"cannot fetch {url}: {exc}") from exc


def read_pinned(
    pins: pin.Pin, vpin: pin.VersionPin, candidates: list[Path | None], openapi_dir: Path
) -> tuple[bytes, str]:
    """The bytes the old pin names (sha256-checked): materialised, from a checkout, or the raw URL."""
    files = [openapi_dir / vpin.version / pin.SPEC_FILENAME]
    files += [c / vpin.path for c in candidates if c is not None]
    for file in files:
        if file.is_file():
            data = file.read_bytes()
            if pin.sha256_of(data) == vpin.sha256:
                return data, str(file)
    data, origin = read_at(pins, vpin, pins.commit, None)
    pin.verify(vpin, data, origin)
    return data, origin


def upstream_origin(pins: pin.Pin, commit: str, path: str) -> str:
    """Where a description's bytes are upstream (`repository@commit:path`), whichever local copy was read.

    The changelog files are committed: a local path (a home directory, a temporary checkout) in them
    would differ per machine and say nothing to a reviewer; the sha256 beside it proves the bytes.
    """
    return f"{pins.repository}@{commit}:{path}"


# --- the update -------------------------------------------------------------------------------------


def update(
    commit: str | None = None,
    *,
    source: Path | None = None,
    pin_file: Path = PIN_FILE,
    old_source: Path | None = None,
    changelog_dir: Path | None = CHANGELOG_DIR,
    openapi_dir: Path = OPENAPI_DIR,
    materialise: bool = True,
    regenerate: bool = True,
    dry_run: bool = False,
) -> UpdateResult:
    """Move `pin_file` to `commit` (see the module docstring); returns what changed.

    `old_source` is where the old pin's bytes may be found if they are not materialised (default: the
    local upstream checkout); tests pass temporary paths and `materialise=regenerate=False`.
    """
    old_pins = pin.load(pin_file)
    commit, committed = resolve_commit(commit, source)
    result = UpdateResult(old_pins.commit, commit)
    new_bytes: dict[str, tuple[bytes, str]] = {}
    shas: dict[str, str] = {}
    for version, vpin in old_pins.versions.items():
        data, origin = read_at(old_pins, vpin, commit, source)
        new_bytes[version] = (data, origin)
        shas[version] = pin.sha256_of(data)
        if not vpin.sha256:
            result.added.append(version)
        elif vpin.sha256 != shas[version]:
            result.changed.append(version)
        else:
            result.unchanged.append(version)

    # Changelogs first: they need the old bytes, which materialising the new ones replaces.
    candidates = [old_source, pin.default_source()]
    for version in result.changed:
        vpin = old_pins.versions[version]
        old_data, _ = read_pinned(old_pins, vpin, candidates, openapi_dir)
        result.changelogs.append(
            _changelog(
                version,
                old_data,
                upstream_origin(old_pins, old_pins.commit, vpin.path),
                old_pins.commit,
                version,
                new_bytes[version][0],
                upstream_origin(old_pins, commit, vpin.path),
                commit,
                result,
            )
        )
    numbered = sorted((v for v in old_pins.versions if v != "0"), key=overlay.version_key)
    for version in result.added:
        earlier = [v for v in numbered if overlay.version_key(v) < overlay.version_key(version)]
        base = earlier[-1] if earlier and version != "0" else (numbered[-1] if numbered else None)
        if base is None or base == version or base in result.added:
            continue
        result.changelogs.append(
            _changelog(
                base,
                new_bytes[base][0],
                upstream_origin(old_pins, commit, old_pins.versions[base].path),
                commit,
                version,
                new_bytes[version][0],
                upstream_origin(old_pins, commit, old_pins.versions[version].path),
                commit,
                result,
            )
        )

    if dry_run:
        return result
    text = pin_file.read_text(encoding="utf-8")
    new_text = rewrite_pin(text, commit, shas, committed)
    pin_file.write_text(new_text, encoding="utf-8")
    new_pins = pin.load(pin_file)  # re-read: proves the rewritten file parses

    if materialise:
        for version in [*result.changed, *result.added]:
            target = openapi_dir / version / pin.SPEC_FILENAME
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(new_bytes[version][0])
            result.written.append(target)
    if regenerate:
        from intercom_codegen import build

        # The generated API of each changed version before and after: the Python API diff.
        before = {
            v: python_api.surface(GENERATED_DIR / new_pins.get(v).package)
            for v in result.changed
            if (GENERATED_DIR / new_pins.get(v).package).is_dir()
        }
        results = build.regenerate(None)  # incremental: versions whose inputs did not change are skipped
        result.regenerated = [r.version for r in results if not r.skipped]
        result.problems += [f"{r.version}: {p}" for r in results for p in r.problems]
        result.problems += [
            f"{r.version}: incomplete generation" for r in results if not r.ok and not r.problems
        ]
        for log in result.changelogs:
            package = GENERATED_DIR / new_pins.get(log.new.version).package
            if log.old.version == log.new.version and log.old.version in before and package.is_dir():
                log.python_api = python_api.diff(
                    before[log.old.version], python_api.surface(package), log.old.label, log.new.label
                )

    if changelog_dir is not None and result.changelogs:
        changelog_dir.mkdir(parents=True, exist_ok=True)
        stem = changelog_dir / f"pin-{old_pins.commit[:7]}-to-{commit[:7]}"
        md = stem.with_suffix(".md")
        js = stem.with_suffix(".json")
        md.write_text(render(result), encoding="utf-8")
        js.write_text(render_json(result), encoding="utf-8")
        result.written += [md, js]
    del new_pins
    return result


def _changelog(
    old_version: str,
    old_data: bytes,
    old_origin: str,
    old_commit: str,
    new_version: str,
    new_data: bytes,
    new_origin: str,
    new_commit: str,
    result: UpdateResult,
) -> changelog.Changelog:
    old_doc, old_notes = changelog.overlaid_from_bytes(old_data, old_version)
    new_doc, new_notes = changelog.overlaid_from_bytes(new_data, new_version)
    old_ref = changelog.SpecRef(
        f"{old_version}@{old_commit[:7]}", old_version, old_origin, pin.sha256_of(old_data)
    )
    new_ref = changelog.SpecRef(
        f"{new_version}@{new_commit[:7]}", new_version, new_origin, pin.sha256_of(new_data)
    )
    return changelog.diff(old_doc, new_doc, old_ref, new_ref, notes=[*old_notes, *new_notes])


def render(result: UpdateResult) -> str:
    """One Markdown document: a summary of the update, then each version's changelog."""
    lines = [
        f"# Upstream update {result.old_commit[:7]} → {result.new_commit[:7]}",
        "",
        f"Pin moved from `{result.old_commit}` to `{result.new_commit}`.",
        "",
        f"- changed: {', '.join(result.changed) or 'none'}",
        f"- added: {', '.join(result.added) or 'none'}",
        f"- unchanged: {', '.join(result.unchanged) or 'none'}",
        "",
    ]
    if result.changelogs:
        lines += [changelog.summary_table(result.changelogs), ""]
    for log in result.changelogs:
        body = log.to_markdown()
        # Each changelog's headings one level down, under this document's title.
        lines.append(re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", body, flags=re.M))
    return "\n".join(lines).rstrip() + "\n"


def render_json(result: UpdateResult) -> str:
    import json

    return (
        json.dumps(
            {
                "old_commit": result.old_commit,
                "new_commit": result.new_commit,
                "changed": result.changed,
                "added": result.added,
                "unchanged": result.unchanged,
                "changelogs": [log.to_dict() for log in result.changelogs],
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


# --- the command ------------------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `update` command to `python -m intercom_codegen`'s subparsers."""
    parser = sub.add_parser(
        "update",
        help="move the pin to a new upstream commit, regenerate, write the changelog",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--commit", default=None, help="the upstream commit (40 hex digits)")
    parser.add_argument(
        "--source",
        type=Path,
        default=None,
        help="a checkout of the upstream repository at that commit (default: the raw URL)",
    )
    parser.add_argument("--pin-file", type=Path, default=PIN_FILE, help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-regenerate", action="store_true", help="only move the pin and write the changelog"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the changelog summary, change nothing")
    parser.set_defaults(func=run_update)


def run_update(args: argparse.Namespace) -> int:
    try:
        result = update(
            args.commit,
            source=args.source,
            pin_file=args.pin_file,
            regenerate=not args.no_regenerate,
            dry_run=args.dry_run,
        )
    except (UpdateError, changelog.ChangelogError, pin.PinError, overlay.OverlayError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"pin {result.old_commit[:7]} -> {result.new_commit[:7]}: "
        f"changed {', '.join(result.changed) or 'none'}; "
        f"added {', '.join(result.added) or 'none'}; unchanged {len(result.unchanged)}"
    )
    if result.changelogs:
        print(changelog.summary_table(result.changelogs))
    for path in result.written:
        print(f"wrote {path}")
    if result.regenerated:
        print(f"regenerated {', '.join(result.regenerated)}")
    for problem in result.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if result.problems else 0
