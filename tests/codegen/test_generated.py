"""Every generated package: complete, importable, and parsing whatever the server really sends."""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercom_codegen import checks, pin
from intercom_codegen.paths import GENERATED_DIR
from intercom_codegen.schemas import operations

from .conftest import PINS, VERSIONS, overlaid_spec

Path_ = tuple[str | int, ...]


def _paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every property path inside a JSON value (through lists too)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _mutated(value: Any, path: Path_, op: str) -> Any:
    value = copy.deepcopy(value)
    node = value
    for key in path[:-1]:
        node = node[key]
    if op == "remove":
        del node[path[-1]]
    else:
        node[path[-1]] = None
    return value


def _same(expected: Any, actual: Any) -> bool:
    """JSON equality, exactly: same keys, same values of the same JSON types (a date-time string must
    come back as the text received, not as another spelling of the same instant)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(_same(expected[k], actual[k]) for k in expected)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _same(e, a) for e, a in zip(expected, actual, strict=True)
        )
    return expected == actual and type(expected) is type(actual)


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def test_every_operation_of_the_spec_is_generated(version: pin.VersionPin) -> None:
    doc = overlaid_spec(version.version)
    index = importlib.import_module(f"{version.package}.api").OPERATIONS
    expected = {f"{method.upper()} {path}" for path, method, _ in operations(doc)}
    assert set(index) == expected
    for key, module in index.items():
        assert (GENERATED_DIR / version.package / "api" / (module.replace(".", "/") + ".py")).is_file(), key


def test_every_module_imports_in_a_fresh_interpreter(version: pin.VersionPin) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({version.package!r})\n"
        "names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')]\n"
        "bad = []\n"
        "for n in names:\n"
        "    try: importlib.import_module(n)\n"
        "    except Exception as e: bad.append(f'{n}: {e!r}')\n"
        "print(len(names)); print('\\n'.join(bad))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(GENERATED_DIR), "PATH": ""},
    )
    count, *failures = proc.stdout.strip().split("\n")
    assert int(count) > 300
    assert [f for f in failures if f] == []


def test_every_response_example_parses_and_round_trips(version: pin.VersionPin) -> None:
    """100% of the spec's JSON response examples parse, and to_dict() gives back exactly the same JSON."""
    examples = list(checks.response_examples(overlaid_spec(version.version)))
    assert len(examples) > 250
    for method, path, status, name, value in examples:
        parsed = checks.parse_example(version.package, method, path, status, value)
        assert parsed is not None, (method, path, status, name)
        assert _same(value, _to_json(parsed)), (method, path, status, name)


def test_removing_or_nulling_any_property_of_any_example_never_raises(version: pin.VersionPin) -> None:
    """Exhaustive: every property path of every example, removed, then set to null."""
    mutations = 0
    for method, path, status, _, value in checks.response_examples(overlaid_spec(version.version)):
        for prop in _paths(value):
            for op in ("remove", "null"):
                checks.parse_example(version.package, method, path, status, _mutated(value, prop, op))
                mutations += 1
    assert mutations > 5000


@st.composite
def _mutation_sets(draw: st.DrawFn) -> tuple[str, tuple[str, str, int, Any]]:
    version = draw(st.sampled_from(VERSIONS))
    examples = [e for e in checks.response_examples(overlaid_spec(version)) if isinstance(e[4], dict | list)]
    method, path, status, _, value = draw(st.sampled_from(examples))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        props = list(_paths(value))
        if not props:
            break
        value = _mutated(value, draw(st.sampled_from(props)), draw(st.sampled_from(["remove", "null"])))
    return version, (method, path, status, value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutation_sets())
def test_several_removals_and_nulls_together_never_raise(case: tuple[str, tuple[str, str, int, Any]]) -> None:
    version, (method, path, status, value) = case
    vpin = PINS.get(version)
    parsed = checks.parse_example(vpin.package, method, path, status, value)
    assert parsed is not None or value is None


def _capture(package: str) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"type": "admin", "id": "1"})

    client = importlib.import_module(f"{package}.client").AuthenticatedClient(
        base_url="https://api.intercom.io", token="t"
    )
    client.set_httpx_client(
        httpx.Client(base_url="https://api.intercom.io", transport=httpx.MockTransport(handler))
    )
    return client, seen


def test_intercom_version_header_defaults_to_the_package_version(version: pin.VersionPin) -> None:
    pkg = importlib.import_module(version.package)
    assert version.header == pkg.INTERCOM_VERSION
    operations_index = importlib.import_module(f"{version.package}.api").OPERATIONS
    identify = importlib.import_module(f"{version.package}.api.{operations_index['GET /me']}")
    client, seen = _capture(version.package)
    identify.sync_detailed(client=client)
    assert seen[-1].headers["Intercom-Version"] == version.header
    identify.sync_detailed(client=client, intercom_version="2.7")
    assert seen[-1].headers["Intercom-Version"] == "2.7"  # a caller can still ask for another


def test_every_operation_sends_the_package_version_by_default(version: pin.VersionPin) -> None:
    """Not only the operations that declare the header upstream: all of them (V1)."""
    import inspect

    index = importlib.import_module(f"{version.package}.api").OPERATIONS
    for key, module_name in index.items():
        module = importlib.import_module(f"{version.package}.api.{module_name}")
        parameter = inspect.signature(module._get_kwargs).parameters.get("intercom_version")
        assert parameter is not None and parameter.default == version.header, key


def test_downloads_send_accept_octet_stream_without_being_asked(version: pin.VersionPin) -> None:
    operations_index = importlib.import_module(f"{version.package}.api").OPERATIONS
    download = importlib.import_module(
        f"{version.package}.api.{operations_index['GET /download/content/data/{job_identifier}']}"
    )
    assert download._get_kwargs(job_identifier="abc")["headers"]["Accept"] == "application/octet-stream"


def test_unknown_enum_values_and_unknown_properties_are_kept() -> None:
    models = importlib.import_module("intercom_v2_14.models")
    export = models.DataExport.from_dict({"job_identifier": "j1", "status": "complete", "brand_new": [1, 2]})
    assert export.status == "complete" and str(export.status) == "complete"
    assert export.additional_properties == {"brand_new": [1, 2]}
    status_type = type(models.DataExport.from_dict({"status": "pending"}).status)
    unseen = status_type("archived_by_2030")  # not in the spec, not even after the overlay
    assert isinstance(unseen, status_type) and unseen.value == "archived_by_2030"
    assert export.to_dict() == {"job_identifier": "j1", "status": "complete", "brand_new": [1, 2]}


def test_manifest_records_a_complete_run_for_every_version() -> None:
    manifest = json.loads((GENERATED_DIR / "MANIFEST.json").read_text())
    assert list(manifest["versions"]) == VERSIONS
    for version, entry in manifest["versions"].items():
        assert entry["warnings"] == 0, version
        assert entry["operations_generated"] == entry["operations_in_spec"] > 0, version
        assert entry["modules_imported"] == entry["modules"] > 0, version
        assert entry["examples_parsed"] == entry["examples"] > 0, version


def test_endpoint_modules_use_no_type_checking_only_name_at_run_time() -> None:
    """Endpoint modules name their response models (and the generated client) only under TYPE_CHECKING
    and import each model again in the status branch that parses it. A branch that used a model it did
    not import would raise NameError only when that status arrives: ruff finds it statically (TC004: a
    TYPE_CHECKING import used at run time; F821/F823: an undefined or unbound name)."""
    api_dirs = sorted(str(p) for p in GENERATED_DIR.glob("*/api"))
    assert len(api_dirs) == len(VERSIONS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            *api_dirs,
            "--isolated",
            "--no-cache",
            "--select",
            "TC004,F821,F823",
            "--output-format",
            "concise",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
