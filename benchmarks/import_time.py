"""Import time of a generated package: ours (lazy models) vs plain openapi-python-client output.

Measures, in fresh interpreters, the time to `import httpx` and then import the 2.14 package plus one
endpoint module (`intercom_v2_14.api.contacts.list_contacts`), for:

* ours:   generated/intercom_v2_14 (templates/models_init.py.jinja makes models/__init__ lazy)
* plain:  the same overlaid spec and config generated with the generator's own templates
          (built once into benchmarks/.work/plain/, reused while its inputs are unchanged)

and prints medians and ratios measured in the same run. Usage: python benchmarks/import_time.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
VERSION = "2.14"
PACKAGE = "intercom_v2_14"
ENDPOINT = f"{PACKAGE}.api.contacts.list_contacts"

PROBE = """
import sys, time
t0 = time.perf_counter()
import httpx
t1 = time.perf_counter()
import importlib
importlib.import_module(sys.argv[1])
importlib.import_module(sys.argv[2])
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, len([m for m in sys.modules if m.startswith(sys.argv[1])]))
"""


def plain_output() -> Path:
    """The 2.14 package generated with the generator's own templates (for comparison only)."""
    sys.path.insert(0, str(ROOT / "src"))
    from intercom_codegen import build, overlay, pin, spec

    pins = pin.load()
    vpin = pins.get(VERSION)
    digest = build.inputs_digest(vpin, overlay.load_all())
    target = WORK / "plain"
    stamp = target / ".inputs"
    if stamp.is_file() and stamp.read_text() == digest and (target / PACKAGE).is_dir():
        return target
    doc, _ = spec.overlaid(spec.load_upstream(vpin.version, pins), vpin)
    json_path = WORK / "plain-openapi.json"
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(doc), encoding="utf-8")
    original = build.TEMPLATES_DIR
    build.TEMPLATES_DIR = WORK / "no-templates"  # an empty directory: the generator's templates only
    build.TEMPLATES_DIR.mkdir(exist_ok=True)
    try:
        warnings = build._run_generator(doc, vpin, json_path, target / PACKAGE)
    finally:
        build.TEMPLATES_DIR = original
    if warnings:
        raise SystemExit(f"plain generation failed: {warnings[:3]}")
    stamp.write_text(digest)
    return target


def measure(path: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds for `import httpx` and for package + endpoint on top of it, in fresh processes."""
    env = {**os.environ, "PYTHONPATH": str(path), "PYTHONDONTWRITEBYTECODE": "0"}
    httpx_times, package_times, modules = [], [], 0
    for _ in range(runs + 1):  # the first run warms the bytecode cache and the OS file cache
        out = subprocess.run(
            [sys.executable, "-c", PROBE, PACKAGE, ENDPOINT],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        httpx_times.append(float(out[0]))
        package_times.append(float(out[1]))
        modules = int(out[2])
    return statistics.median(httpx_times[1:]), statistics.median(package_times[1:]), modules


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    plain = plain_output()
    httpx_s, ours_s, ours_modules = measure(ROOT / "generated", args.runs)
    _, plain_s, plain_modules = measure(plain, args.runs)
    print(
        f"import of {PACKAGE} + {ENDPOINT.rsplit('.', 1)[1]}, on top of `import httpx`, median of {args.runs} fresh processes"
    )
    print("| what | seconds | package modules loaded | vs import httpx | plain / this |")
    print("|---|---|---|---|---|")
    print(f"| import httpx | {httpx_s:.4f} | - | 1.00x | - |")
    print(f"| plain generator output | {plain_s:.4f} | {plain_modules} | {plain_s / httpx_s:.2f}x | 1.0x |")
    print(
        f"| ours (lazy models) | {ours_s:.4f} | {ours_modules} | {ours_s / httpx_s:.2f}x | {plain_s / ours_s:.1f}x |"
    )
    target = 0.15
    verdict = "meets" if ours_s < target else "MISSES"
    print(f"\ntarget: well under {target} s on top of import httpx -> {ours_s:.4f} s {verdict} it")


if __name__ == "__main__":
    main()
