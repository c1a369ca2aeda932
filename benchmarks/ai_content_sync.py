"""6. AI Content sync: 1,000 new pages into the sandbox at a rate limit of 20 requests per second.

The sandbox runs as a separate process limited to ``rate`` requests per second counted the way
Intercom counts them, in fixed 10-second windows (``--rate-limit 200 --rate-window 10``; the documented
per-minute limits are enforced in ~10-second slices, shared/notes/spec-quirks.md). The sync starts just
after a window opens, so no part of a window is lost or gained. The client, in this process, syncs
``pages`` new pages to a new source with ``client.ai_content.sync`` (default settings: 8 writes in
flight, paced by the client's rate limiter).

* ideal: the requests the sync needs (the 2xx answers: source list, source create, page list, one
  POST per page) divided by the limit: the time the server's budget allows, no client could be faster
  (except for the part of the first window that had already passed);
* ours: the sync's wall time. Target: at most 1.2x ideal;
* the no-change run: the same pages again; it must make only the listing requests (source list plus
  the page list pages), no write; reported as counts (``tests/client/test_ai_content.py`` asserts it).

Usage: python -m benchmarks.ai_content_sync [--pages N] [--rate N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import threading
import time
from collections import Counter

import httpx

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
    wait_for_port,
)

TARGET = 1.2
TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Intercom-Version": "2.14", "Accept": "application/json"}
#: Intercom's window length (seconds); the sandbox allows ``rate * WINDOW`` requests per window.
WINDOW = 10


class CountingTransport(httpx.HTTPTransport):
    """A real HTTP transport that counts every attempt by method and status (thread-safe)."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[tuple[str, int]] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        with self._lock:
            self.counts[(request.method, response.status_code)] += 1
        return response

    def take(self) -> Counter[tuple[str, int]]:
        with self._lock:
            counts, self.counts = self.counts, Counter()
        return counts


def start_sandbox(rate: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "intercom_sandbox",
            "--port",
            str(port),
            "--rate-limit",
            str(rate * WINDOW),
            "--rate-window",
            str(WINDOW),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def _wait_for_next_window(url: str) -> None:
    """Sleep until just after the sandbox's next window boundary (its clock may differ from ours)."""
    now = float(httpx.get(f"{url}/_sandbox/clock").json()["now"])
    time.sleep(WINDOW - now % WINDOW + 0.05)


def _ok(counts: Counter[tuple[str, int]]) -> int:
    return sum(n for (_, status), n in counts.items() if 200 <= status < 300)


def _describe(counts: Counter[tuple[str, int]]) -> str:
    return ", ".join(f"{method} {status}: {n}" for (method, status), n in sorted(counts.items()))


def run(pages: int = 1_000, rate: int = 20) -> Result:
    from intercom_client import Intercom
    from intercom_client.ai_content import ContentPage

    log(f"ai content: starting the sandbox at {rate} requests/s")
    proc, url = start_sandbox(rate)
    transport = CountingTransport()
    wanted = [
        ContentPage(
            external_id=f"guides/page-{n:04d}.md",
            title=f"Guide {n}",
            html=f"<h1>Guide {n}</h1><p>{'Some words about the product. ' * 20}</p>",
            url=f"https://docs.example.com/guides/page-{n:04d}",
        )
        for n in range(pages)
    ]
    try:
        with (
            httpx.Client(transport=transport) as http,
            Intercom(token=TOKEN, version="2.14", base_url=url, http_client=http) as client,
        ):
            listed = int(httpx.get(f"{url}/ai/external_pages", headers=HEADERS).json()["total_count"])
            _wait_for_next_window(url)
            log(f"ai content: syncing {pages} new pages")
            started = time.perf_counter()
            first = client.ai_content.sync("https://docs.example.com", wanted)
            wall = time.perf_counter() - started
            first_counts = transport.take()
            log(f"ai content: {first.counts} in {wall:.1f} s; {_describe(first_counts)}")
            started = time.perf_counter()
            second = client.ai_content.sync("https://docs.example.com", wanted)
            again = time.perf_counter() - started
            second_counts = transport.take()
            log(f"ai content: second run {second.counts} in {again:.1f} s; {_describe(second_counts)}")
    finally:
        proc.terminate()
        proc.wait(10)
    if first.counts["created"] != pages or second.counts["unchanged"] != pages:
        raise SystemExit(f"the sync did not converge: {first.counts}, then {second.counts}")
    needed = _ok(first_counts)
    ideal = needed / rate
    refused = sum(n for (_, status), n in first_counts.items() if status == 429)
    writes_again = sum(n for (method, _), n in second_counts.items() if method != "GET")
    # GET /ai/external_pages has no source filter: it walks every page of the workspace, 50 per list page
    list_pages = -(-(listed + pages) // 50)
    result = Result("ai-content")
    result.rows.append(
        Row(
            f"6. ai-content sync of {pages:,} new pages at {rate} req/s",
            fmt_s(wall),
            f"ideal {fmt_s(ideal)} ({needed:,} requests / {rate} per s)",
            f"{wall / ideal:.2f}x ideal",
            f"<= {TARGET}x ideal",
            wall / ideal <= TARGET,
        )
    )
    result.rows.append(
        Row(
            "6. ai-content sync, nothing changed: requests made",
            f"{sum(second_counts.values())} ({writes_again} writes)",
            f"listing only: 1 + {list_pages} pages of 50 ({listed + pages:,} pages in the workspace)",
            "-",
            "listing only, 0 writes",
            writes_again == 0 and sum(second_counts.values()) == 1 + list_pages,
        )
    )
    result.details.append(
        f"AI Content sync: {pages:,} new pages, sandbox in its own process at {rate * WINDOW} requests per "
        f"{WINDOW}-second window ({rate}/s); default client settings (8 writes in flight).\n\n"
        + markdown_table(
            ("run", "wall s", "requests (2xx)", "429 answers", "all attempts by method/status"),
            [
                ["first (all new)", f"{wall:.2f}", str(needed), str(refused), _describe(first_counts)],
                [
                    "second (no change)",
                    f"{again:.2f}",
                    str(_ok(second_counts)),
                    "0",
                    _describe(second_counts),
                ],
            ],
        )
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1_000)
    parser.add_argument("--rate", type=int, default=20)
    args = parser.parse_args()
    result = run(args.pages, args.rate)
    print(markdown_table(SUMMARY_HEADER, [r.cells() for r in result.rows]))
    print()
    print("\n\n".join(result.details))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
