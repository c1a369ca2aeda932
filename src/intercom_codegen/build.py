"""Regenerate `generated/<package>` for every pinned Intercom-Version.

pin -> upstream YAML (sha256-checked) -> overlays -> normaliser -> JSON -> openapi-python-client
(with templates/ and generator-config.yaml) -> ruff -> generated/<package>, then checks: every module
imports and every response example in the spec parses.

Deterministic: the same inputs give the same bytes (nothing time- or path-dependent is written).
Incremental: a version is skipped when the digest of everything that shapes its output (pinned
sha256, the overlays that apply to it, the normaliser/pipeline source, templates, generator config,
generator and ruff versions) and the digest of its current output tree both match the manifest.
Parallel: one process per version, as many as there are cores.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from intercom_codegen import overlay, pin, resources, spec
from intercom_codegen.paths import BUILD_DIR, GENERATED_DIR, GENERATOR_CONFIG, MANIFEST_FILE, TEMPLATES_DIR
from intercom_codegen.schemas import operations

#: Pipeline modules whose code shapes the output: a change to any of them regenerates everything.
PIPELINE_SOURCES = (
    "build.py",
    "normalise.py",
    "overlay.py",
    "schemas.py",
    "spec.py",
    "checks.py",
    "resources.py",
)


CHECK_FIELDS = (
    "modules",
    "modules_imported",
    "examples",
    "examples_parsed",
    "union_members",
    "union_members_parsed",
    "positional_enum_names",
    "examples_with_undeclared_keys",
)


class BuildError(Exception):
    """Generation failed or produced warnings for at least one version."""


@dataclass
class VersionResult:
    """What one version's generation produced: the row of the table, and the manifest entry."""

    version: str
    package: str
    inputs_sha256: str
    tree_sha256: str = ""
    operations_in_spec: int = 0
    operations_generated: int = 0
    schemas: int = 0
    models: int = 0
    warnings: int = 0
    # None: not checked (`--no-check`) on this output tree.
    modules: int | None = None
    modules_imported: int | None = None
    examples: int | None = None
    examples_parsed: int | None = None
    union_members: int | None = None
    union_members_parsed: int | None = None
    positional_enum_names: int | None = None
    examples_with_undeclared_keys: int | None = None
    normaliser: dict[str, int] = field(default_factory=dict)
    skipped: bool = False
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def manifest_entry(self) -> dict[str, Any]:
        entry = asdict(self)
        for transient in ("skipped", "seconds", "problems", "version"):
            entry.pop(transient)
        return entry

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and self.warnings == 0
            and self.operations_generated == self.operations_in_spec
            and self.modules_imported == self.modules
            and self.examples_parsed == self.examples
            and self.union_members_parsed == self.union_members
            and not self.positional_enum_names
        )


def tool_versions() -> dict[str, str]:
    return {name: dist_version(name) for name in ("openapi-python-client", "ruff")}


def _digest_files(digest: Any, files: Iterable[Path], root: Path) -> None:
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def inputs_digest(vpin: pin.VersionPin, overlays: list[overlay.Overlay]) -> str:
    """Digest of every input that shapes the package of `vpin`."""
    digest = hashlib.sha256()
    digest.update(
        json.dumps([vpin.version, vpin.sha256, vpin.package, vpin.header, tool_versions()]).encode()
    )
    for chosen in overlay.for_version(overlays, vpin.version):
        digest.update(chosen.name.encode() + b"\0" + hashlib.sha256(chosen.source).digest())
    here = Path(__file__).parent
    _digest_files(digest, [here / name for name in PIPELINE_SOURCES], here)
    # The templates themselves, not their README: editing the notes regenerates nothing.
    _digest_files(digest, list(TEMPLATES_DIR.rglob("*.jinja")), TEMPLATES_DIR)
    digest.update(GENERATOR_CONFIG.read_bytes())
    return digest.hexdigest()


def tree_digest(directory: Path) -> str:
    """Digest of a generated package's files (names and bytes); '' when it does not exist."""
    if not directory.is_dir():
        return ""
    digest = hashlib.sha256()
    files = [p for p in directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    _digest_files(digest, files, directory)
    return digest.hexdigest()


def load_manifest(path: Path = MANIFEST_FILE) -> dict[str, Any]:
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"versions": {}}


def write_manifest(results: list[VersionResult], path: Path, pins: pin.Pin) -> None:
    manifest = load_manifest(path)
    versions = manifest.get("versions", {})
    for result in results:
        versions[result.version] = result.manifest_entry()
    manifest = {
        "comment": "Written by `python -m intercom_codegen regenerate`; do not edit.",
        "generator": tool_versions(),
        "upstream": {"repository": pins.repository, "commit": pins.commit},
        "versions": {v: versions[v] for v in sorted(versions, key=overlay.version_key) if v in pins.versions},
    }
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def sync_tree(source: Path, target: Path) -> int:
    """Make `target` byte-identical to `source`, writing only files that differ; returns files written."""
    written = 0
    wanted = {
        p.relative_to(source) for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    if target.is_dir():
        for existing in sorted(target.rglob("*"), reverse=True):
            rel = existing.relative_to(target)
            if "__pycache__" in rel.parts:
                continue
            if existing.is_file() and rel not in wanted:
                existing.unlink()
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
    for rel in sorted(wanted):
        data = (source / rel).read_bytes()
        dest = target / rel
        if dest.is_file() and dest.read_bytes() == data:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        written += 1
    return written


def _sort_parameters_shallow(*, endpoint: Any) -> Any:
    """openapi-python-client 0.29.1's `Endpoint.sort_parameters`, without its `deepcopy(endpoint)`.

    The upstream function deep-copies the whole endpoint (every parameter, response and schema property
    it holds) only to re-order one list and rewrite `path`; its caller drops the original right after.
    That copy was ~40% of the generator's time on 2.14 (cProfile: 4.8 s of 12.0 s). A shallow copy with
    its own `path_parameters` list is the same result: the output is byte-identical (the drift check and
    benchmarks/regeneration.py compare it with the bare generator's).
    """
    import copy
    import re

    from openapi_python_client.parser.errors import ParseError
    from openapi_python_client.parser.openapi import _PATH_PARAM_REGEX
    from openapi_python_client.schema.untrusted_string import UntrustedString

    endpoint = copy.copy(endpoint)
    endpoint.path_parameters = list(endpoint.path_parameters)
    from_path = re.findall(_PATH_PARAM_REGEX, endpoint.path.get_untrusted_value())
    with contextlib.suppress(ValueError):  # reported just below, as upstream does
        endpoint.path_parameters.sort(key=lambda param: from_path.index(param.name))
    if from_path != [param.name for param in endpoint.path_parameters]:
        return ParseError(
            detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} "
            "(Path parameters do not match with path)",
        )
    for parameter in endpoint.path_parameters:
        endpoint.path = UntrustedString(
            endpoint.path.get_untrusted_value().replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
        )
    return endpoint


def _run_generator(doc: dict[str, Any], vpin: pin.VersionPin, json_path: Path, out: Path) -> list[str]:
    """Run openapi-python-client in this process on an already-loaded document; returns its warnings."""
    from openapi_python_client import Project
    from openapi_python_client.parser.openapi import Endpoint

    Endpoint.sort_parameters = staticmethod(_sort_parameters_shallow)  # type: ignore[method-assign]
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config_file = ConfigFile.load_from_path(GENERATOR_CONFIG)
    config_file.package_name_override = vpin.package
    config_file.package_version_override = vpin.header
    config_file.project_name_override = vpin.package
    config = Config.from_sources(
        config_file, MetaType.NONE, json_path, "utf-8", overwrite=True, output_path=out
    )
    # The post hooks call `ruff`: the one installed beside this interpreter, whatever PATH says.
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    with contextlib.redirect_stdout(io.StringIO()):
        openapi = GeneratorData.from_dict(doc, config=config)
        if not isinstance(openapi, GeneratorData):
            return [f"{openapi.header}: {openapi.detail}"]
        project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
        errors = project.build()
    if out.is_dir():  # PEP 561: the generator writes this only when it also writes project metadata
        (out / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return [f"{e.level.name} {e.header or ''} {e.detail or ''}".strip() for e in errors]


def generate_version(version: str, output_dir: str, force: bool, check: bool) -> VersionResult:
    """Generate one version into `output_dir/<package>` (runs in a worker process)."""
    import time

    started = time.perf_counter()
    pins = pin.load()
    vpin = pins.get(version)
    overlays = overlay.load_all()
    result = VersionResult(
        version=vpin.version, package=vpin.package, inputs_sha256=inputs_digest(vpin, overlays)
    )
    target = Path(output_dir) / vpin.package
    previous = load_manifest(Path(output_dir) / MANIFEST_FILE.name)["versions"].get(vpin.version)
    if (
        not force
        and previous
        and previous.get("inputs_sha256") == result.inputs_sha256
        and previous.get("tree_sha256") == tree_digest(target)
    ):
        kept = {k: v for k, v in previous.items() if k in VersionResult.__dataclass_fields__}
        unchanged = VersionResult(**{**kept, "version": vpin.version, "skipped": True})
        # A version that failed last time is retried (so its problems are shown again), and so is one
        # never checked when checks are asked for.
        if unchanged.ok and (not check or unchanged.modules is not None):
            return unchanged
    try:
        doc, report = spec.overlaid(spec.load_upstream(vpin.version, pins), vpin, overlays)
    except (pin.PinError, overlay.OverlayError, spec.normalise.NormaliseError) as exc:
        result.problems.append(str(exc))
        return result
    result.normaliser = {rule: len(places) for rule, places in sorted(report.items())}
    result.operations_in_spec = sum(1 for _ in operations(doc))
    result.schemas = len(doc.get("components", {}).get("schemas", {}))
    # A fresh scratch directory per run: two processes regenerating one version at once (parallel
    # test workers) must not share it.
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{vpin.version}-", dir=BUILD_DIR))
    try:
        json_path = work / "openapi.json"
        json_path.write_text(json.dumps(doc, sort_keys=False), encoding="utf-8")
        out = work / vpin.package
        warnings = _run_generator(doc, vpin, json_path, out)
        result.warnings = len(warnings)
        result.problems.extend(warnings)
        if out.is_dir() and not warnings:
            try:  # the facade's typed methods, one per operation (intercom_codegen.resources)
                resources.write_resources(out, doc, vpin.header)
            except resources.ResourceError as exc:
                result.problems.append(str(exc))
        if out.is_dir():
            api = out / "api"
            result.operations_generated = sum(1 for p in api.glob("*/*.py") if p.name != "__init__.py")
            result.models = sum(1 for p in (out / "models").glob("*.py") if p.name != "__init__.py")
            sync_tree(out, target)
        result.tree_sha256 = tree_digest(target)
        if check and target.is_dir():
            _record_checks(result, target, json_path)
        elif previous and previous.get("tree_sha256") == result.tree_sha256:
            # Same bytes as the last checked run: its check results still describe them.
            for name in CHECK_FIELDS:
                setattr(result, name, previous.get(name))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    return result


def _record_checks(result: VersionResult, package_dir: Path, json_path: Path) -> None:
    """Import every module and parse every example, in a fresh interpreter (imports must be real)."""
    proc = subprocess.run(
        [sys.executable, "-m", "intercom_codegen.checks", str(package_dir), str(json_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        result.problems.append(f"checks crashed: {proc.stderr.strip()[-2000:]}")
        return
    checked = json.loads(proc.stdout)
    for name in CHECK_FIELDS:
        setattr(result, name, checked[name])
    result.problems.extend(checked["failures"][:20])


def regenerate(
    versions: list[str] | None = None,
    *,
    output_dir: Path = GENERATED_DIR,
    force: bool = False,
    check: bool = True,
    jobs: int | None = None,
) -> list[VersionResult]:
    """Regenerate `versions` (default: all pinned) into `output_dir`; returns one result per version."""
    pins = pin.load()
    chosen = [pins.get(v).version for v in versions] if versions else list(pins.versions)
    output_dir.mkdir(parents=True, exist_ok=True)
    pin.materialise(chosen, pin=pins)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(chosen)))
    if workers == 1:
        results = [generate_version(v, str(output_dir), force, check) for v in chosen]
    else:
        # Largest descriptions first, so the longest jobs do not start last while a worker idles.
        by_size = sorted(chosen, key=lambda v: -pins.get(v).local_path.stat().st_size)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {v: pool.submit(generate_version, v, str(output_dir), force, check) for v in by_size}
            results = [futures[v].result() for v in chosen]
    write_manifest(results, output_dir / MANIFEST_FILE.name, pins)
    return results


def tempdir_regeneration() -> tuple[tempfile.TemporaryDirectory[str], list[VersionResult]]:
    """Regenerate everything from scratch into a temporary directory (for the drift check)."""
    tmp = tempfile.TemporaryDirectory(prefix="intercom-drift-")
    return tmp, regenerate(output_dir=Path(tmp.name), force=True, check=False)


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two generated trees (missing, extra or changed)."""

    def files(root: Path) -> dict[str, Path]:
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.name != MANIFEST_FILE.name
        }

    left, right = files(expected), files(actual)
    differ = sorted(set(left) ^ set(right))
    differ += sorted(k for k in set(left) & set(right) if left[k].read_bytes() != right[k].read_bytes())
    return differ
