"""1. Cold start: a fresh process imports the client, constructs it and imports one endpoint.

Each variant runs in its own fresh interpreter (``python -c PROBE``); the probe times, with
``time.perf_counter``, everything after interpreter start-up: the imports, constructing the client, and
loading the "list contacts" endpoint. Variants run interleaved (round robin), the first round is a
warm-up (bytecode and OS file caches), and the median of ``--runs`` rounds is reported.

* ``import httpx``: the floor (every client here sits on httpx).
* ours, facade: ``from intercom_client import Intercom; Intercom(token=..., version="2.14")``, then
  ``from intercom_v2_14.api.contacts import list_contacts``.
* ours, generated package only: ``intercom_v2_14.AuthenticatedClient(...)`` + the same endpoint.
* plain generator output: the same 2.14 spec and config generated with openapi-python-client's own
  templates (no lazy ``models/__init__``; built once into benchmarks/.work/plain by import_time.py).
* python-intercom 5.0.1: ``from intercom import Intercom; Intercom(token=...)``, then ``client.contacts``
  (its lazy property imports the contacts client, its raw client and the contact types: its equivalent
  of "one endpoint").

Target (issue 6): ours (facade) at least 2.5x faster than python-intercom.

Usage: python -m benchmarks.cold_start [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._common import (
    PYTHON,
    ROOT,
    Result,
    Row,
    ensure_sdk,
    fmt_s,
    log,
    markdown_table,
    median,
    round_robin,
    sdk_env,
    spread,
)

TARGET = 2.5
NO_CLI = ("import httpx", "ours: facade", "python-intercom 5.0.1")

PROBES = {
    "import httpx": "import httpx",
    "ours: facade": (
        "from intercom_client import Intercom\n"
        "client = Intercom(token='x', version='2.14')\n"
        "from intercom_v2_14.api.contacts import list_contacts"
    ),
    "ours: generated package": (
        "from intercom_v2_14 import AuthenticatedClient\n"
        "client = AuthenticatedClient(base_url='https://api.intercom.io', token='x')\n"
        "from intercom_v2_14.api.contacts import list_contacts"
    ),
    "plain generator output": (
        "from intercom_v2_14 import AuthenticatedClient\n"
        "client = AuthenticatedClient(base_url='https://api.intercom.io', token='x')\n"
        "from intercom_v2_14.api.contacts import list_contacts"
    ),
    "python-intercom 5.0.1": ("from intercom import Intercom\nclient = Intercom(token='x')\nclient.contacts"),
}

# httpx imports its command-line client (rich, click, pygments: ~0.1 s) when those are installed, and
# this project's `cli` extra installs them. "without httpx's CLI deps" variants make them unimportable,
# as in an application that installed only the client's runtime dependencies.
WRAPPER = """
import time, sys
if len(sys.argv) > 2 and sys.argv[2] == "no-cli-deps":
    sys.modules.update(dict.fromkeys(("rich", "click", "pygments"), None))
t0 = time.perf_counter()
exec(compile(sys.argv[1], "<probe>", "exec"))
t1 = time.perf_counter()
print(t1 - t0, sum(1 for m in sys.modules))
"""


def _runner(
    code: str, env: dict[str, str], block: bool = False
) -> tuple[Callable[[], float], list[float], list[float]]:
    inside: list[float] = []
    wall: list[float] = []

    def run() -> float:
        started = time.perf_counter()
        out = subprocess.run(
            [PYTHON, "-c", WRAPPER, code, "no-cli-deps" if block else "-"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        wall.append(time.perf_counter() - started)
        inside.append(float(out[0]))
        return float(out[0])

    return run, inside, wall


def _suffix(name: str) -> str:
    return name[name.index(" (") :] if " (" in name else ""


def run(runs: int = 11) -> Result:
    from benchmarks.import_time import plain_output

    ensure_sdk()
    log("cold start: building/checking the plain generator output (once)")
    plain = plain_output()
    base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    envs = {
        "import httpx": base,
        "ours: facade": base,
        "ours: generated package": base,
        "plain generator output": {**base, "PYTHONPATH": str(Path(plain))},
        "python-intercom 5.0.1": sdk_env(),
    }
    # The plain package shadows the editable install's intercom_v2_14 only through PYTHONPATH: check it.
    check = subprocess.run(
        [PYTHON, "-c", "import intercom_v2_14.models as m; print(m.__file__)"],
        env=envs["plain generator output"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(plain) in check, check
    runners = {name: _runner(PROBES[name], envs[name]) for name in PROBES}
    for name in NO_CLI:
        runners[f"{name} (without httpx's CLI deps)"] = _runner(PROBES[name], envs[name], block=True)
    log(f"cold start: {len(runners)} variants x {runs} fresh processes (+1 warm-up round), interleaved")
    round_robin({name: r[0] for name, r in runners.items()}, runs)
    med = {name: median(r[1][1:]) for name, r in runners.items()}  # [0] was the warm-up
    wall = {name: median(r[2][1:]) for name, r in runners.items()}

    ours, sdk = med["ours: facade"], med["python-intercom 5.0.1"]
    result = Result("cold start")
    result.rows.append(
        Row(
            "1. cold start (import + construct + 1 endpoint), facade",
            fmt_s(ours),
            f"python-intercom {fmt_s(sdk)}",
            f"{sdk / ours:.2f}x faster",
            f">= {TARGET}x faster",
            sdk / ours >= TARGET,
        )
    )
    bare = med["ours: generated package"]
    result.rows.append(
        Row(
            "1. cold start, generated package only",
            fmt_s(bare),
            f"python-intercom {fmt_s(sdk)}",
            f"{sdk / bare:.2f}x faster",
            "-",
            None,
        )
    )
    ours_nc = med["ours: facade (without httpx's CLI deps)"]
    sdk_nc = med["python-intercom 5.0.1 (without httpx's CLI deps)"]
    result.rows.append(
        Row(
            "1. cold start, facade, without httpx's CLI deps (rich/click)",
            fmt_s(ours_nc),
            f"python-intercom {fmt_s(sdk_nc)}",
            f"{sdk_nc / ours_nc:.2f}x faster",
            "-",
            None,
        )
    )
    httpx_s = med["import httpx"]
    result.rows.append(
        Row(
            "1. cold start vs `import httpx` alone (the floor)",
            fmt_s(ours),
            f"import httpx {fmt_s(httpx_s)}",
            f"{ours / httpx_s:.2f}x httpx",
            "-",
            None,
        )
    )
    rows = [
        [
            name,
            f"{med[name]:.4f}",
            spread(runners[name][1][1:]),
            f"{wall[name]:.4f}",
            f"{med[name] / med['import httpx' + _suffix(name)]:.2f}x",
            f"{med['python-intercom 5.0.1' + _suffix(name)] / med[name]:.2f}x",
        ]
        for name in runners
    ]
    result.details.append(
        f"Cold start, median of {runs} fresh processes per variant (interleaved; seconds after interpreter "
        "start-up; `process` = whole process wall time incl. interpreter start-up; the last two columns compare "
        "with the variant run under the same condition):\n\n"
        + markdown_table(
            (
                "variant",
                "seconds (median)",
                "min-max",
                "process wall (median)",
                "vs import httpx",
                "python-intercom / this",
            ),
            rows,
        )
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    result = run(args.runs)
    from benchmarks._common import SUMMARY_HEADER

    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
