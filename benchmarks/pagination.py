"""3. Pagination: iterate 10,000 contacts from the sandbox, 150 per page, through the facade vs bare httpx.

The sandbox runs as a separate process (``python -m intercom_sandbox --contacts 10000 --rate-limit 0``),
so its CPU is not shared with the client's interpreter; every variant walks the same 67 pages of
``GET /contacts?per_page=150`` over one keep-alive connection, so the server's cost is the same for all
of them. Variants run interleaved in rounds; each walk reports its wall time and the client process's
CPU time (``time.process_time``), so the table shows how much of a walk is the client at all.

* bare httpx loop (the limit): ``httpx.Client`` with keep-alive, ``GET /contacts``, ``response.json()``,
  follow ``pages.next.starting_after`` until there is no ``next``; counts the items.
* ours, typed: ``Intercom(...).contacts.list(per_page=150)``: every item a ``Contact`` model.
* ours, raw: the same with ``raw=True`` (dicts): the facade's pagination overhead without model parsing.

Target: ours (typed) at most 1.2x the bare loop.

Usage: python -m benchmarks.pagination [--rounds N] [--contacts N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess

from benchmarks._common import (
    PYTHON,
    ROOT,
    SUMMARY_HEADER,
    Result,
    Row,
    fmt_s,
    free_port,
    log,
    markdown_table,
    median,
    spread,
    wait_for_port,
)

TARGET = 1.2
PER_PAGE = 150
TOKEN = "bench-token"

WORKER = r"""
import json, sys, time
variant, url, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
headers = {"Authorization": "Bearer bench-token", "Accept": "application/json", "Intercom-Version": "2.14"}
if variant == "bare httpx loop":
    import httpx
    def walk(limit=None):
        n = 0
        with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
            params = {"per_page": 150}
            while True:
                body = http.get("/contacts", params=params).json()
                n += len(body["data"])
                nxt = (body.get("pages") or {}).get("next")
                if not nxt or not nxt.get("starting_after") or (limit and n >= limit):
                    return n
                params = {"per_page": 150, "starting_after": nxt["starting_after"]}
else:
    from intercom_client import Intercom
    raw = variant == "ours: raw dicts"
    def walk(limit=None):
        n = 0
        with Intercom(token="bench-token", version="2.14", base_url=url) as client:
            for item in client.contacts.list(per_page=150, raw=raw, max_items=limit):
                n += 1
        if not raw:
            assert type(item).__name__ == "Contact", type(item)
        return n
walk(300)  # warm-up (2 pages): imports, first connection, the server's first-request caches
out = []
for _ in range(int(sys.argv[4])):
    c0, t0 = time.process_time(), time.perf_counter()
    n = walk()
    out.append((time.perf_counter() - t0, time.process_time() - c0))
    assert n == expected, (n, expected)
print(json.dumps(out))
"""

VARIANTS = ("bare httpx loop", "ours: typed models", "ours: raw dicts")


def start_sandbox(contacts: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "intercom_sandbox",
            "--port",
            str(port),
            "--contacts",
            str(contacts),
            "--rate-limit",
            "0",
            "--log-level",
            "warning",
            "--seed",
            "6",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def run(rounds: int = 5, contacts: int = 10_000, walks: int = 1) -> Result:
    log(f"pagination: starting the sandbox with {contacts} contacts")
    proc, url = start_sandbox(contacts)
    try:
        samples: dict[str, list[tuple[float, float]]] = {v: [] for v in VARIANTS}
        log(f"pagination: {len(VARIANTS)} variants x {rounds} rounds x {walks} walks of {contacts} contacts")
        for _ in range(rounds):
            for variant in VARIANTS:
                out = subprocess.run(
                    [PYTHON, "-c", WORKER, variant, url, str(contacts), str(walks)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                samples[variant].extend(tuple(x) for x in json.loads(out))
    finally:
        proc.terminate()
        proc.wait(10)
    wall = {v: median([s[0] for s in samples[v]]) for v in VARIANTS}
    cpu = {v: median([s[1] for s in samples[v]]) for v in VARIANTS}
    bare = wall["bare httpx loop"]
    result = Result("pagination")
    ours = wall["ours: typed models"]
    result.rows.append(
        Row(
            f"3. iterate {contacts:,} contacts (sandbox, 150/page), typed",
            fmt_s(ours),
            f"bare httpx loop {fmt_s(bare)}",
            f"{ours / bare:.2f}x bare",
            f"<= {TARGET}x bare",
            ours / bare <= TARGET,
        )
    )
    rawd = wall["ours: raw dicts"]
    result.rows.append(
        Row(
            f"3. iterate {contacts:,} contacts, raw=True (no models)",
            fmt_s(rawd),
            f"bare httpx loop {fmt_s(bare)}",
            f"{rawd / bare:.2f}x bare",
            "-",
            None,
        )
    )
    pages = -(-contacts // PER_PAGE)
    rows = [
        [
            v,
            f"{wall[v]:.3f}",
            spread([s[0] for s in samples[v]]),
            f"{cpu[v]:.3f}",
            f"{max(wall[v] - cpu[v], 0):.3f}",
            f"{wall[v] / bare:.2f}x",
        ]
        for v in VARIANTS
    ]
    result.details.append(
        f"Pagination: {contacts:,} contacts, {pages} pages of {PER_PAGE}, sandbox in its own process; "
        f"median of {len(samples[VARIANTS[0]])} walks per variant (interleaved). `client CPU` is the client "
        "process's CPU time during the walk; `wall - client CPU` is essentially the sandbox's time "
        "(request validation, conforming and serialising 150 contacts per page) plus the network:\n\n"
        + markdown_table(
            ("variant", "wall s (median)", "min-max", "client CPU s", "wall - client CPU s", "vs bare"), rows
        )
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=10_000)
    args = parser.parse_args()
    result = run(args.rounds, args.contacts)
    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
